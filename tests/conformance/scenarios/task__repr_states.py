# The repr of a task tells its state, name, coroutine and, while it waits, what it is
# waiting for. Notice "running at <line>" while pending and "done, defined at <line>"
# once finished, plus result=, exception= or the cancelled state.
import asyncio


async def nap(seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise RuntimeError("nap failed")
    return seconds


async def main():
    a = asyncio.create_task(nap(1))
    b = asyncio.create_task(nap(1, fail=True), name="failer")
    c = asyncio.create_task(nap(5))
    print(a)
    await asyncio.sleep(0.5)
    print(a)
    c.cancel()
    print(c)
    await asyncio.sleep(1)
    print(a)
    print(b)
    print(c)
    print("current:", asyncio.current_task())
    b.exception()


asyncio.run(main())
