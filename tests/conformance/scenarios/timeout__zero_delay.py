# timeout(0) expires at the first await inside the block (its deadline is already due).
import asyncio


async def main():
    try:
        async with asyncio.timeout(0) as cm:
            print("entered", cm.expired())
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("TimeoutError", cm, asyncio.get_running_loop().time())


asyncio.run(main())
