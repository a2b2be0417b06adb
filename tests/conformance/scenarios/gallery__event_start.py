# Runners line up at different times, then all wait on the same asyncio.Event. Nothing
# moves until the starter calls set(): that wakes every waiter at once, in the order
# they started waiting. A runner that arrives after set() does not wait at all.
import asyncio


async def runner(name, arrives, start):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(arrives)
    print(f"{loop.time():.1f}  {name} is at the line")
    await start.wait()
    print(f"{loop.time():.1f}  {name} runs")


async def main():
    start = asyncio.Event()
    runners = [
        asyncio.create_task(runner(name, t, start))
        for name, t in [("ann", 0.2), ("bob", 0.1), ("cy", 0.3), ("late", 2.0)]
    ]
    await asyncio.sleep(1)
    print("1.0  ready, set, go!")
    start.set()
    await asyncio.gather(*runners)


asyncio.run(main())
