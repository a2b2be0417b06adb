# When wait()'s timeout expires it returns what is done so far; unlike wait_for it cancels
# nothing, so pending tasks finish later.
import asyncio


async def main():
    slow = asyncio.create_task(asyncio.sleep(1, "slow"))
    done, pending = await asyncio.wait([slow], timeout=0.25)
    print(len(done), len(pending), slow.cancelled())
    print(await slow, asyncio.get_running_loop().time())


asyncio.run(main())
