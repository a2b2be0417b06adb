# A loop with nothing scheduled waits in select() until something wakes it. A worker's
# call_soon_threadsafe() is such a wake-up: the loop runs the callback at once, at the
# worker's virtual time, and in the loop's own thread (MainThread), not the worker's.
import asyncio
import threading
import time


def report(label):
    print(f"{label}: runs in {threading.current_thread().name}")


def worker(loop, fut):
    time.sleep(2.5)
    report("worker")
    loop.call_soon_threadsafe(fut.set_result, "hello from the worker")
    time.sleep(1)
    handle = loop.call_soon_threadsafe(report, "callback")
    print("worker: call_soon_threadsafe returned a", type(handle).__name__)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = threading.Thread(target=worker, args=(loop, fut))
    t.start()
    print("main: awaiting, nothing else to do")
    print("main:", await fut)
    await asyncio.sleep(2)
    print("main: done")
    t.join()


asyncio.run(main())
