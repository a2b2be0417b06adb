# Three blocking calls in three worker threads overlap: gather() of to_thread() takes as
# long as the slowest (0.3 s), not the sum. Each call gets its own worker (asyncio_0, _1,
# _2) because none is idle when the next one is submitted.
import asyncio
import threading
import time


def fetch(name, seconds):
    me = threading.current_thread().name
    print(f"{name}: start in {me}")
    time.sleep(seconds)
    print(f"{name}: done after {seconds} s")
    return f"{name}@{me}"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(
        asyncio.to_thread(fetch, "a", 0.3),
        asyncio.to_thread(fetch, "b", 0.1),
        asyncio.to_thread(fetch, "c", 0.2),
    )
    print(results)
    print(f"elapsed {loop.time() - start:.1f} s")


asyncio.run(main())
