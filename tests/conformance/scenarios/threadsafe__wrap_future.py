# asyncio.wrap_future() turns the concurrent.futures.Future that executor.submit() returns
# into an awaitable asyncio Future: when the worker finishes, the result reaches the loop
# through call_soon_threadsafe. run_in_executor() does exactly this for you.
import asyncio
import concurrent.futures
import time


def compute(x):
    time.sleep(0.75)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        cf_future = pool.submit(compute, 21)
        wrapped = asyncio.wrap_future(cf_future)
        print(type(cf_future).__module__, "->", type(wrapped).__module__)
        print("awaited:", await wrapped, "at", loop.time())
        print("same result in both:", cf_future.result(), wrapped.result())
        via_loop = loop.run_in_executor(pool, compute, 5)
        print(type(via_loop).__name__, await via_loop, "at", loop.time())


asyncio.run(main())
