# gather() runs its awaitables concurrently and returns their results as a list in the
# order they were PASSED, whatever order they finish in. Coroutines passed to gather are
# wrapped in tasks automatically. Notice the total time is the longest wait, 3 seconds.
import asyncio


async def square(n, delay):
    await asyncio.sleep(delay)
    print(f"square({n}) ready")
    return n * n


async def main():
    results = await asyncio.gather(square(2, 3), square(3, 1), square(4, 2))
    print("results:", results)
    print("gather of nothing:", await asyncio.gather())
    nested = await asyncio.gather(asyncio.gather(square(5, 0.5), square(6, 0.25)), square(7, 0))
    print("nested:", nested)


asyncio.run(main())
