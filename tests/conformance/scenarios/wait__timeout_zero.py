# wait(timeout=0) polls: it returns after one pass of the loop with whatever is done.
import asyncio


async def main():
    quick = asyncio.create_task(asyncio.sleep(0))
    slow = asyncio.create_task(asyncio.sleep(1))
    done, pending = await asyncio.wait([quick, slow], timeout=0)
    print(quick in done, slow in pending)
    slow.cancel()


asyncio.run(main())
