# The default executor has min(32, os.cpu_count() + 4) workers: os.cpu_count() is 8 here,
# so 12. Fifteen one-second jobs therefore take two seconds: twelve run at once, the last
# three wait for a free worker. Notice which workers the last three jobs reuse.
import asyncio
import os
import threading
import time


def job(n):
    time.sleep(1)
    return n, threading.current_thread().name


async def main():
    loop = asyncio.get_running_loop()
    print("cpu_count:", os.cpu_count())
    futures = [loop.run_in_executor(None, job, n) for n in range(15)]
    workers = set()
    for fut in asyncio.as_completed(futures):
        n, worker = await fut
        workers.add(worker)
        if n in (0, 11) or n >= 12:
            print(f"job {n:2} finished in {worker}")
    print("distinct workers:", len(workers))


asyncio.run(main())
