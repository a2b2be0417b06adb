# loop.run_until_complete() in a worker thread while the main thread runs asyncio.run():
# an exception from the worker's coroutine comes out of run_until_complete in that thread,
# and the main loop's own timers go on meanwhile.
import asyncio
import threading


async def failing():
    await asyncio.sleep(0.05)
    raise ValueError("worker coroutine failed")


def worker():
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(failing())
    except ValueError as e:
        print("worker caught:", e)
    finally:
        loop.close()


async def main():
    t = threading.Thread(target=worker)
    t.start()
    for i in range(3):
        await asyncio.sleep(0.03)
        print("main tick", i)
    await asyncio.to_thread(t.join)
    print("joined")


asyncio.run(main())
