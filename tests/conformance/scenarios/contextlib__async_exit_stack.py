# AsyncExitStack mixes async context managers, async callbacks and plain callbacks, and
# unwinds them in reverse order when the block ends. aclosing() closes an async generator.
# Notice the timing of each cleanup.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.1)
    print(f"open {name}")
    yield name
    await asyncio.sleep(0.1)
    print(f"close {name}")


async def flush(label):
    await asyncio.sleep(0.05)
    print("flushed", label)


async def ticks():
    try:
        for i in range(10):
            yield i
    finally:
        print("ticks closed")


async def main():
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(connection("db"))
        stack.push_async_callback(flush, "log")
        stack.callback(print, "plain callback")
        b = await stack.enter_async_context(connection("cache"))
        print("using", a, b)
    async with contextlib.aclosing(ticks()) as t:
        async for i in t:
            if i == 2:
                break
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(contextlib.nullcontext())
            await stack.enter_async_context(object())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
