# time.sleep() blocks the whole event loop: no other task can run while it sleeps.
# The ticker wants to tick every 0.5 s, but the blocking task freezes everything for 2 s.
# Notice the gap: tick 1 was due at 0.500 but can only print at 2.100.
import asyncio
import time


async def ticker():
    for i in range(5):
        print("tick", i)
        await asyncio.sleep(0.5)


async def blocker():
    await asyncio.sleep(0.1)
    print("blocker: calling time.sleep(2)")
    time.sleep(2)
    print("blocker: woke up")


async def main():
    await asyncio.gather(ticker(), blocker())


asyncio.run(main())
