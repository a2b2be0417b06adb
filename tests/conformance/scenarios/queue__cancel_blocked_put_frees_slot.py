# A put() cancelled while waiting for room leaves the putters deque; the item never enters
# the queue.
import asyncio


async def main():
    q = asyncio.Queue(1)
    q.put_nowait("first")
    p = asyncio.create_task(q.put("second"))
    await asyncio.sleep(0)
    print(q)
    p.cancel()
    await asyncio.sleep(0)
    print(q, p.cancelled())
    print(q.get_nowait(), q.empty())


asyncio.run(main())
