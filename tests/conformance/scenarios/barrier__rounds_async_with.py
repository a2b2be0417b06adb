# A Barrier is reusable: after all parties pass, it fills up again for the next round.
# `async with barrier as index:` waits at the barrier on entry.
# Notice each round starts only when the slowest worker arrives.
import asyncio


async def worker(barrier, name, pace):
    for round_no in range(2):
        await asyncio.sleep(pace)
        async with barrier as index:
            print(f"round {round_no}: {name} passes (index {index})")


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(worker(barrier, "fast", 0.5), worker(barrier, "mid", 1),
                         worker(barrier, "slow", 2))
    print(barrier)


asyncio.run(main())
