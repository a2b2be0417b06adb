# Replay: the scheduling benchmark scaled down to about a million trace events (1,000 tasks
# sleeping 43 random times each). The run itself is not what is measured: the bench then
# rebuilds the loop's whole state (ready queue, timer heap, every task, future and frame) at
# many steps of its trace, as the page does when a learner jumps to a step.
import asyncio
import random

TASKS = 1_000
SLEEPS = 43


async def worker(n):
    for _ in range(SLEEPS):
        await asyncio.sleep(random.random() / 100)
    return n


async def main():
    results = await asyncio.gather(*[worker(n) for n in range(TASKS)])
    print(len(results), sum(results))


asyncio.run(main())
