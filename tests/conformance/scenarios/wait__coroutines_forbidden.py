# wait() refuses bare coroutines (wrap them in tasks), an empty collection, and a single
# future instead of a collection.
import asyncio


async def main():
    coro = asyncio.sleep(0)
    for arg in ([coro], [], asyncio.get_running_loop().create_future()):
        try:
            await asyncio.wait(arg)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    await coro


asyncio.run(main())
