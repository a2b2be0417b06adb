# loop.call_soon() from another thread appends the callback but does not wake the loop:
# a loop waiting in select() for its next timer runs it only when that timer is due.
# call_soon_threadsafe() also wakes the loop, so its callback runs at once.
import asyncio
import threading
import time


def poke(loop):
    time.sleep(0.5)
    print("worker: call_soon at", time.monotonic())
    loop.call_soon(lambda: print("plain callback runs at", time.monotonic()))
    time.sleep(2)
    print("worker: call_soon_threadsafe at", time.monotonic())
    loop.call_soon_threadsafe(lambda: print("threadsafe callback runs at", time.monotonic()))


async def main():
    loop = asyncio.get_running_loop()
    t = threading.Thread(target=poke, args=(loop,))
    t.start()
    await asyncio.sleep(2)
    print("main: timer at 2 s fired")
    await asyncio.sleep(2)
    t.join()


asyncio.run(main())
