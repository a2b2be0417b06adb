# FIRST_EXCEPTION waits for everything when nothing raises; a cancelled task does not count
# as an exception.
import asyncio


async def main():
    a = asyncio.create_task(asyncio.sleep(0.1, "a"))
    b = asyncio.create_task(asyncio.sleep(0.2, "b"))
    c = asyncio.create_task(asyncio.sleep(1))
    asyncio.get_running_loop().call_later(0.05, c.cancel)
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), c.cancelled(), asyncio.get_running_loop().time())


asyncio.run(main())
