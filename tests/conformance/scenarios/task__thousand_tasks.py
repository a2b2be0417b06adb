# Tasks are cheap: 2,000 of them can wait at the same time on one thread.
# Each sleeps 0.0 to 0.9 seconds, so the whole batch takes under one second, not 900.
# Only a summary is printed; notice the finish order follows the sleep length.
import asyncio

finished = []


async def job(n):
    await asyncio.sleep((n % 10) / 10)
    finished.append(n)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [asyncio.create_task(job(n)) for n in range(2000)]
    print("created", len(tasks), "tasks; pending:", len(asyncio.all_tasks()) - 1)
    results = await asyncio.gather(*tasks)
    print("elapsed:", round(loop.time() - start, 3), "seconds")
    print("results:", len(results), "sum:", sum(results))
    print("first finishers:", finished[:5])
    print("last finishers:", finished[-5:])
    print("pending now:", len(asyncio.all_tasks()) - 1)


asyncio.run(main())
