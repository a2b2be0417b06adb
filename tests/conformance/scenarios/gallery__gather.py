# gather() runs several awaitables concurrently and waits for all of them.
# The cooks finish in order of their cooking time, but the results come back in
# the order the arguments were given. Total time is the slowest dish, not the sum.
import asyncio


async def cook(dish, minutes):
    print(f"  start {dish}")
    await asyncio.sleep(minutes)
    print(f"  {dish} ready after {minutes}")
    return f"{dish}({minutes})"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(
        cook("soup", 3),
        cook("salad", 1),
        cook("bread", 2),
    )
    print("gather returned:", results)
    print(f"total time: {loop.time() - start:.1f} s")


asyncio.run(main())
