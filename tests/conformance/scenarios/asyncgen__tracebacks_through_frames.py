# Tracebacks pass through async generator frames: an error raised in a generator after an
# await shows the consumer's `async for` line and the generator's line; athrow() raises at
# the paused `yield`. A task waiting inside a generator is "running at" its consumer's line.
# Notice the frame lines of each traceback and the task repr.
import asyncio


async def readings():
    for value in (3, 2, 0):
        await asyncio.sleep(0.1)
        yield 6 // value


async def paused():
    yield "ready"
    yield "never"


async def consume():
    total = 0
    async for r in readings():
        total += r
    return total


async def main():
    task = asyncio.create_task(consume())
    await asyncio.sleep(0.15)
    print(task)
    try:
        await task
    except ZeroDivisionError as e:
        print("consumer failed:", repr(e))
    gen = paused()
    print(await gen.__anext__())
    try:
        await gen.athrow(KeyError("thrown"))
    except KeyError as e:
        print("athrow:", repr(e), gen.ag_running)
    await consume()


asyncio.run(main())
