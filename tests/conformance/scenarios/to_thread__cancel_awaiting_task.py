# Cancelling a task that awaits asyncio.to_thread cancels only the await: the function keeps
# running in its worker thread to the end (a thread cannot be interrupted), and its result
# is dropped. wait_for() on a to_thread gives a TimeoutError the same way.
import asyncio
import time


def slow(label, seconds):
    time.sleep(seconds)
    print(f"{label}: the thread finished anyway at {time.monotonic()}")
    return label


async def main():
    task = asyncio.create_task(asyncio.to_thread(slow, "cancelled", 1))
    await asyncio.sleep(0.25)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled at", asyncio.get_running_loop().time())
    try:
        await asyncio.wait_for(asyncio.to_thread(slow, "timed out", 2), timeout=0.5)
    except TimeoutError:
        print("wait_for gave up at", asyncio.get_running_loop().time())
    await asyncio.sleep(3)
    print("main ends")


asyncio.run(main())
