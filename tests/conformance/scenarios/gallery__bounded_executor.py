# A ThreadPoolExecutor with max_workers=2 runs at most two blocking jobs at a time; the
# others wait in its queue. Six 1-second downloads therefore take three seconds, in waves
# of two. Passing the pool to run_in_executor() keeps the loop free meanwhile: the
# progress task prints while all the downloads wait.
import asyncio
import concurrent.futures
import threading
import time


def download(n):
    print(f"  start file {n} in {threading.current_thread().name}")
    time.sleep(1)
    return f"file {n}"


async def progress(jobs):
    while not all(j.done() for j in jobs):
        print(f"progress: {sum(j.done() for j in jobs)}/{len(jobs)} done")
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [loop.run_in_executor(pool, download, n) for n in range(6)]
        watcher = asyncio.create_task(progress(jobs))
        print(await asyncio.gather(*jobs))
        await watcher
    print(f"all done at {loop.time():.1f} s")


asyncio.run(main())
