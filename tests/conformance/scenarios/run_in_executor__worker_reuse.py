# The executor starts a new worker only when no worker is idle. Jobs awaited one after the
# other all run in asyncio_0; three submitted together need two new workers. A new worker
# runs at once and takes the first queued job, so b0 runs in asyncio_1 although the idle
# asyncio_0 was woken for it. The next batch reuses the idle workers: no new thread.
import asyncio
import threading
import time


def job(label, seconds):
    print(f"  {label} runs in {threading.current_thread().name}")
    time.sleep(seconds)
    return label


async def main():
    loop = asyncio.get_running_loop()
    for label in ("one", "two", "three"):
        await loop.run_in_executor(None, job, label, 0.1)
    print("together:")
    batch = [loop.run_in_executor(None, job, f"b{i}", 0.2) for i in range(3)]
    print("  submitted")
    print(" ", await asyncio.gather(*batch))
    print("again together:")
    batch = [loop.run_in_executor(None, job, f"c{i}", 0.2) for i in range(3)]
    print(" ", await asyncio.gather(*batch))
    names = sorted(t.name for t in threading.enumerate())
    print("threads:", names)


asyncio.run(main())
