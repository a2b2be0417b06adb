# Fan-out: 10 rounds of gathering 100,000 coroutines that each yield once (`sleep(0)`).
# Each round wraps 100,000 coroutines in tasks, runs each task twice and collects the
# results: the ready queue and gather's bookkeeping, with no timers.
import asyncio

ROUNDS = 10
WIDTH = 100_000


async def leaf(i):
    await asyncio.sleep(0)
    return i


async def main():
    total = 0
    for _ in range(ROUNDS):
        results = await asyncio.gather(*[leaf(i) for i in range(WIDTH)])
        total += sum(results)
    print(total)


asyncio.run(main())
