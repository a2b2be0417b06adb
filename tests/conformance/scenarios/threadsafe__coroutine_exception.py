# An exception in a coroutine submitted with run_coroutine_threadsafe() is raised again by
# result() in the calling thread; exception() returns it without raising. A closed loop
# refuses new coroutines with RuntimeError.
import asyncio
import threading


async def divide(a, b):
    await asyncio.sleep(0.1)
    return a / b


def worker(loop, results):
    fut = asyncio.run_coroutine_threadsafe(divide(1, 0), loop)
    print("exception():", repr(fut.exception()))
    try:
        fut.result()
    except ZeroDivisionError as e:
        print("result() raised:", e)
    results.append(asyncio.run_coroutine_threadsafe(divide(9, 3), loop).result())


async def main():
    results = []
    t = threading.Thread(target=worker, args=(asyncio.get_running_loop(), results))
    t.start()
    await asyncio.to_thread(t.join)
    print("results:", results)
    return asyncio.get_running_loop()


loop = asyncio.run(main())
coro = divide(1, 1)
try:
    asyncio.run_coroutine_threadsafe(coro, loop)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
