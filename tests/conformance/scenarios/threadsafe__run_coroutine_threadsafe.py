# run_coroutine_threadsafe() lets a plain thread run a coroutine on a loop owned by another
# thread and get a concurrent.futures.Future back. The worker blocks in result() while the
# loop runs the coroutine; a timeout raises TimeoutError and cancel() cancels the task.
import asyncio
import concurrent.futures
import threading


async def lookup(key, delay):
    await asyncio.sleep(delay)
    return key.upper()


def worker(loop):
    fut = asyncio.run_coroutine_threadsafe(lookup("fast", 0.5), loop)
    print("worker:", type(fut).__module__, type(fut).__name__)
    print("worker got:", fut.result())
    slow = asyncio.run_coroutine_threadsafe(lookup("slow", 5), loop)
    try:
        slow.result(timeout=1)
    except concurrent.futures.TimeoutError:
        print("worker: gave up after 1 s; cancel ->", slow.cancel())
    print("worker: cancelled?", slow.cancelled())


async def main():
    loop = asyncio.get_running_loop()
    t = threading.Thread(target=worker, args=(loop,))
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.25)
    print("main: tasks left:", len(asyncio.all_tasks()) - 1)


asyncio.run(main())
