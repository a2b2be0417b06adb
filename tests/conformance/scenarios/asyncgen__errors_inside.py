# An exception raised inside an async generator travels out of the `async for` that drives
# it, and the generator is finished afterwards. Raising StopAsyncIteration inside one is
# turned into RuntimeError. Notice the chained traceback of the last, uncaught error.
import asyncio


async def readings():
    yield 20.5
    await asyncio.sleep(1)
    yield 21.0
    raise ConnectionError("sensor unplugged")


async def sneaky():
    yield 1
    raise StopAsyncIteration


async def main():
    gen = readings()
    try:
        async for r in gen:
            print("reading", r)
    except ConnectionError as e:
        print("caught:", e)
    print("exhausted afterwards:", await anext(gen, "yes"))
    async for x in sneaky():
        print("sneaky gave", x)


asyncio.run(main())
