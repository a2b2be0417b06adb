# The classic use of a Condition: consumers wait until a shared buffer has something,
# the producer appends and notifies one consumer per item.
import asyncio

buffer = []


async def consumer(cond, name):
    await cond.acquire()
    try:
        await cond.wait_for(lambda: buffer)
        print(name, "takes", buffer.pop(0))
    finally:
        cond.release()


async def producer(cond):
    for i in range(3):
        await asyncio.sleep(0.1)
        await cond.acquire()
        buffer.append(i)
        cond.notify()
        cond.release()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(*(consumer(cond, f"c{i}") for i in range(3)), producer(cond))


asyncio.run(main())
