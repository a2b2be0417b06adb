# wait_for(predicate) returns the predicate's own (truthy) value, and does not wait at all
# when it is already true.
import asyncio

items = []


async def consumer(cond):
    await cond.acquire()
    try:
        got = await cond.wait_for(lambda: items[:])
        print("predicate gave", got)
        print("already true:", await cond.wait_for(lambda: len(items)))
    finally:
        cond.release()


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(consumer(cond))
    await asyncio.sleep(0.1)
    await cond.acquire()
    items.append("x")
    cond.notify()
    cond.release()
    await t


asyncio.run(main())
