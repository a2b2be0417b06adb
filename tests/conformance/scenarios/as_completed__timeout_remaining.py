# With a timeout, the awaitables still pending when it expires raise TimeoutError; the
# tasks themselves are not cancelled.
import asyncio


async def main():
    fast = asyncio.create_task(asyncio.sleep(0.1, "fast"))
    slow = asyncio.create_task(asyncio.sleep(1, "slow"))
    for aw in asyncio.as_completed([fast, slow], timeout=0.5):
        try:
            print(await aw)
        except asyncio.TimeoutError:
            print("timeout at", asyncio.get_running_loop().time(), slow.cancelled())
    print(await slow)


asyncio.run(main())
