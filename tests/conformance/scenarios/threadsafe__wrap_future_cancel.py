# wrap_future() returns an asyncio future chained to a concurrent one: cancelling the asyncio
# side cancels the concurrent future (if it has not started), and an asyncio future passed
# to wrap_future comes back unchanged. A pool job that is still queued is cancelled for good.
import asyncio
import concurrent.futures
import time


async def main():
    loop = asyncio.get_running_loop()
    same = loop.create_future()
    print("same object:", asyncio.wrap_future(same) is same)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        busy = pool.submit(time.sleep, 1)
        queued = pool.submit(time.sleep, 1)
        wrapped = asyncio.wrap_future(queued)
        await asyncio.sleep(0.5)
        wrapped.cancel()
        await asyncio.sleep(0)
        print("queued cancelled:", queued.cancelled(), "wrapped:", wrapped.cancelled())
        print("busy:", await asyncio.wrap_future(busy), "at", loop.time())


asyncio.run(main())
