# timeout(None) never fires: the block runs to its end and the Timeout finishes unexpired.
import asyncio


async def main():
    cm = asyncio.timeout(None)
    await cm.__aenter__()
    print(cm)
    await asyncio.sleep(5)
    print(await cm.__aexit__(None, None, None), cm, cm.expired())


asyncio.run(main())
