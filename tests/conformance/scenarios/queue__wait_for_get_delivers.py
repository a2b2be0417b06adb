# wait_for(q.get(), timeout) returns the item if it arrives in time.
import asyncio


async def main():
    q = asyncio.Queue()
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, q.put_nowait, "on time")
    print(await asyncio.wait_for(q.get(), 1), loop.time(), q)


asyncio.run(main())
