# The same program as the time.sleep one, but the long wait uses `await asyncio.sleep(2)`.
# Awaiting hands control back to the loop, so the ticker keeps its 0.5 s rhythm.
# Notice the ticks at 0.000, 0.500, 1.000, 1.500, 2.000 while the sleeper sleeps.
import asyncio


async def ticker():
    for i in range(5):
        print("tick", i)
        await asyncio.sleep(0.5)


async def sleeper():
    await asyncio.sleep(0.1)
    print("sleeper: awaiting asyncio.sleep(2)")
    await asyncio.sleep(2)
    print("sleeper: woke up")


async def main():
    await asyncio.gather(ticker(), sleeper())


asyncio.run(main())
