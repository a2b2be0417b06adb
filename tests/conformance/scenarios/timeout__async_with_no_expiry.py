# A block that finishes in time leaves the Timeout finished, not expired; its timer is
# cancelled.
import asyncio


async def main():
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.2)
        print("inside:", cm)
    print("after:", cm, cm.expired())


asyncio.run(main())
