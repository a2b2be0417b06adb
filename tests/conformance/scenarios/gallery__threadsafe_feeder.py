# A worker thread feeds the event loop: it may not touch the loop's objects directly, so it
# asks the loop to call queue.put_nowait with call_soon_threadsafe(). Each call wakes the
# loop, which hands the item to the waiting consumer at once, between its own clock ticks.
import asyncio
import threading
import time


def sensor(loop, queue):
    for reading in (21.5, 22.0, 22.75):
        time.sleep(0.7)
        print(f"sensor thread: measured {reading}")
        loop.call_soon_threadsafe(queue.put_nowait, reading)
    loop.call_soon_threadsafe(queue.put_nowait, None)


async def clock():
    for i in range(5):
        print(f"clock {i * 0.5:.1f}")
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    feeder = threading.Thread(target=sensor, args=(loop, queue), name="sensor")
    feeder.start()
    ticking = asyncio.create_task(clock())
    while (reading := await queue.get()) is not None:
        print(f"consumer: got {reading}")
    await ticking
    feeder.join()
    print("feeder alive:", feeder.is_alive())


asyncio.run(main())
