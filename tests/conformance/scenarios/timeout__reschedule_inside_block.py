# Inside the block, reschedule() extends the deadline (here from 0.5 s to 2 s after start),
# so the 1-second work completes.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.5) as cm:
        cm.reschedule(loop.time() + 2)
        await asyncio.sleep(1)
        print("work done at", loop.time(), cm)


asyncio.run(main())
