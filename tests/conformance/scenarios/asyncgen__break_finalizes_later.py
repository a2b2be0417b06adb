# Breaking out of `async for` leaves the async generator paused. When it is garbage, the
# event loop's async-generator finalizer hook schedules its aclose() as a new task, so its
# `finally` runs a little later, not at the `break`. Notice where "cleanup" lines appear.
import asyncio


async def numbers(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print(f"  {name}: cleanup starts")
        await asyncio.sleep(0.5)
        print(f"  {name}: cleanup done")


async def main():
    async for n in numbers("first"):
        if n == 2:
            print("break at", n)
            break
    print("after the loop; the generator is garbage now")
    await asyncio.sleep(0)
    print("one loop turn later")
    await asyncio.sleep(1)
    print("main ends")


asyncio.run(main())
