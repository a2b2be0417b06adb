# An async generator can be driven by hand: asend(v), athrow(exc) and aclose() return
# awaitables that resume it. The first asend must send None; after aclose it is finished.
# Notice what the generator prints and returns at each step, and the repr of the object.
import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("  generator ignored", repr(e))
                continue
            await asyncio.sleep(0.1)
            total += value
    finally:
        print("  generator finally, total", total)


async def main():
    acc = accumulator()
    print(repr(acc).split(" at ")[0])
    print("asend(None) ->", await acc.asend(None))
    print("asend(5) ->", await acc.asend(5))
    print("asend(10) ->", await acc.asend(10))
    print("athrow(ValueError) ->", await acc.athrow(ValueError("bad")))
    awaitable = acc.asend(1)
    print("asend returns", type(awaitable).__name__)
    print("awaited ->", await awaitable)
    await acc.aclose()
    print("after aclose")
    try:
        await acc.asend(2)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    fresh = accumulator()
    try:
        await fresh.asend(3)
    except TypeError as e:
        print("TypeError:", e)
    other = accumulator()
    await other.asend(None)
    try:
        await other.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))


asyncio.run(main())
