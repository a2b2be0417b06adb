# time.sleep() blocks the whole thread, so the event loop cannot run anything else.
# The clock task wants to tick every 0.5 s, but a task that calls time.sleep(2)
# freezes it: look for the gap in the timestamps. asyncio.sleep would not block.
import asyncio
import time


async def clock():
    for i in range(6):
        print(f"tick {i}")
        await asyncio.sleep(0.5)


async def careless():
    await asyncio.sleep(1)
    print("careless: calling time.sleep(2) - everything stops")
    time.sleep(2)
    print("careless: back; the loop can breathe again")


async def polite():
    await asyncio.sleep(1.2)
    print("polite: asyncio.sleep(0.1) only pauses me")
    await asyncio.sleep(0.1)
    print("polite: done")


async def main():
    await asyncio.gather(clock(), careless(), polite())


asyncio.run(main())
