# time.sleep() inside a coroutine freezes the whole event loop; asyncio.to_thread() runs the
# same blocking call in a worker thread while the loop goes on. Watch the ticker: it stalls
# for 1 s during the blocking call, then keeps ticking every 0.25 s during the threaded one.
# The worker thread is named asyncio_0: it belongs to the loop's default executor.
import asyncio
import threading
import time


def blocking_io(label):
    print(f"  {label}: sleeping 1 s in {threading.current_thread().name}")
    time.sleep(1)
    print(f"  {label}: done")
    return label.upper()


async def ticker(n):
    for i in range(n):
        print(f"tick {i}")
        await asyncio.sleep(0.25)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    ticks = asyncio.create_task(ticker(3))
    await asyncio.sleep(0.1)
    print("result:", blocking_io("in the coroutine"))
    await ticks
    print(f"first half took {loop.time() - start:.2f} s")
    start = loop.time()
    ticks = asyncio.create_task(ticker(5))
    await asyncio.sleep(0.1)
    print("result:", await asyncio.to_thread(blocking_io, "in a thread"))
    await ticks
    print(f"second half took {loop.time() - start:.2f} s")


asyncio.run(main())
