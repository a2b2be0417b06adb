# The same four CPU-bound jobs in a thread pool, then in a process pool. The threads share
# one GIL, so one computes at a time: four jobs take four times as long as one. Each process
# has its own interpreter and GIL: they run side by side on the 4 virtual cores.
# loopscope: instr-cost-ns=7 virtual-cores=4
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def crunch(n):
    total = 0
    for i in range(n):
        total += i
    return total


async def timed(pool, label):
    loop = asyncio.get_running_loop()
    start = time.monotonic()
    jobs = [loop.run_in_executor(pool, crunch, 300_000) for _ in range(4)]
    results = await asyncio.gather(*jobs)
    print(f"{label}: {len(results)} jobs in {time.monotonic() - start:.3f} s")


async def main():
    with ThreadPoolExecutor(4) as threads:
        await timed(threads, "thread pool ")
    with ProcessPoolExecutor(4) as processes:
        await timed(processes, "process pool")


if __name__ == "__main__":
    asyncio.run(main())
