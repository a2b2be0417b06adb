# Timers due at the same instant: 300,000 tasks each `await asyncio.sleep(1, i)`, gathered.
# One loop cycle moves all 300,000 timers to the ready queue; in the next, each task wakes up
# and cancels its (already fired) timer handle while the others still wait in the queue. What a
# cancel costs must not depend on how many handles are queued.
import asyncio

TASKS = 300_000


async def main():
    results = await asyncio.gather(*[asyncio.sleep(1, i) for i in range(TASKS)])
    print(len(results), sum(results))


asyncio.run(main())
