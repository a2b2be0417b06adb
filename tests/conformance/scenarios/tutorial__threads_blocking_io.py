# The seeds' last lesson, part 1: blocking I/O (here time.sleep standing in for a slow
# download) does not stop other threads. Four 1-second downloads take 4 s one after the
# other, 1 s in a thread pool, and 1 s from asyncio with to_thread(), while the event
# loop stays free for other tasks.
import asyncio
import concurrent.futures
import time

URLS = ["a.example", "b.example", "c.example", "d.example"]


def download(url):
    time.sleep(1)
    return len(url)


def timed(label, func):
    start = time.perf_counter()
    sizes = func()
    print(f"{label:<11} {sizes} in {time.perf_counter() - start:.1f} s")


async def with_asyncio():
    beats = asyncio.create_task(asyncio.sleep(0.5, "heartbeat"))
    sizes = await asyncio.gather(*(asyncio.to_thread(download, u) for u in URLS))
    print("   meanwhile the loop ran:", beats.result())
    return sizes


def with_pool():
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(download, URLS))


timed("sequential", lambda: [download(u) for u in URLS])
timed("thread pool", with_pool)
timed("to_thread", lambda: asyncio.run(with_asyncio()))
