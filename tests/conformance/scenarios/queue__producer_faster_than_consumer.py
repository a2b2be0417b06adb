# A bounded queue slows a fast producer down to the consumer's pace.
import asyncio


async def producer(q):
    for i in range(4):
        await q.put(i)
        print(f"{asyncio.get_running_loop().time():.1f} produced {i}")
    await q.put(None)


async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            break
        await asyncio.sleep(0.5)
        print(f"{asyncio.get_running_loop().time():.1f} consumed {item}")


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
