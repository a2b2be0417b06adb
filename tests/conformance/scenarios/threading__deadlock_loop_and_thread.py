# The event loop awaits a future that only a worker thread would resolve, but the worker
# waits on a lock the main thread holds. Nothing can move: the report lists both threads
# and the loop's pending task.
import asyncio
import threading

lock = threading.Lock()


def worker(loop, fut):
    with lock:
        loop.call_soon_threadsafe(fut.set_result, "done")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    lock.acquire()
    threading.Thread(target=worker, args=(loop, fut), name="resolver").start()
    print("main: awaiting the future while holding the lock")
    await fut


asyncio.run(main())
