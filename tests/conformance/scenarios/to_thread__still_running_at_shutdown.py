# main returns while a to_thread job it stopped waiting for still runs: asyncio.run's
# shutdown_default_executor() waits for the pool in a helper thread ("Thread-N
# (_do_shutdown)"), so the job finishes before asyncio.run returns.
import asyncio
import threading
import time


def slow():
    time.sleep(2)
    names = sorted(t.name for t in threading.enumerate())
    print("slow job ends at", time.monotonic(), names)


async def main():
    try:
        await asyncio.wait_for(asyncio.to_thread(slow), 0.5)
    except TimeoutError:
        print("main stops waiting at", asyncio.get_running_loop().time())


asyncio.run(main())
print("asyncio.run returned at", time.monotonic(), [t.name for t in threading.enumerate()])
