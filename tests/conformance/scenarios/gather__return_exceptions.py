# With return_exceptions=True, gather() never raises for a failed awaitable: the exception
# object takes that awaitable's place in the result list, and gather waits for all of them.
# Notice the mixed list and that it arrives at 2.000, when the last one finishes.
import asyncio


async def divide(a, b, delay):
    await asyncio.sleep(delay)
    return a / b


async def main():
    results = await asyncio.gather(
        divide(10, 2, 1), divide(1, 0, 0.5), divide(9, 3, 2), return_exceptions=True
    )
    print("results:", results)
    for r in results:
        if isinstance(r, Exception):
            print(" error:", type(r).__name__, "-", r)
        else:
            print(" value:", r)


asyncio.run(main())
