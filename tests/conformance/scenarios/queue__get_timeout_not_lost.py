# A get() wrapped in wait_for() gives up after the timeout; the getter is withdrawn from
# the queue, so an item put afterwards waits for the next get() instead of vanishing.
# Notice the timeout at 1.000, the item put at 1.500 and picked up at 2.000.
import asyncio


async def late_producer(q):
    await asyncio.sleep(1.5)
    q.put_nowait("late item")
    print("producer: put", str(q))


async def main():
    q = asyncio.Queue()
    asyncio.create_task(late_producer(q))
    try:
        await asyncio.wait_for(q.get(), timeout=1)
    except asyncio.TimeoutError:
        print("get timed out", str(q))
    await asyncio.sleep(1)
    print("now:", str(q))
    print("got", await asyncio.wait_for(q.get(), timeout=1))


asyncio.run(main())
