# Scheduling: 10,000 tasks, each sleeping a random time below 10 ms, 100 times, all gathered.
# A million timers go through the loop's heap, each one a future, a timer handle and a task
# step: this is the event loop's own work, the thing Loopscope simulates.
# The output does not depend on the order in which the timers fire.
import asyncio
import random

TASKS = 10_000
SLEEPS = 100


async def worker(n):
    for _ in range(SLEEPS):
        await asyncio.sleep(random.random() / 100)
    return n


async def main():
    results = await asyncio.gather(*[worker(n) for n in range(TASKS)])
    print(len(results), sum(results))


asyncio.run(main())
