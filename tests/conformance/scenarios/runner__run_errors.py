# Runner.run() wants a coroutine, and cannot be called from inside a running loop.
import asyncio


async def inner():
    return 1


async def main(runner):
    coro = inner()
    try:
        runner.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()


with asyncio.Runner() as runner:
    try:
        runner.run(inner)
    except ValueError as e:
        print("ValueError:", str(e).split(" at ")[0])
    runner.run(main(runner))
