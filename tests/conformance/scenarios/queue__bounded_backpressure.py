# A bounded queue slows a fast producer down to the consumer's pace: `await put()` waits
# while the queue is full and resumes when get() frees a slot.
# Notice the producer's "put" times: the first two go in at once, later ones follow the
# consumer's 1-second rhythm.
import asyncio


async def producer(q):
    for i in range(5):
        await q.put(i)
        print(f"producer: put {i}  (qsize {q.qsize()}, full {q.full()})")
    await q.put(None)
    print("producer: done")


async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            break
        print(f"  consumer: got {item}")
        await asyncio.sleep(1)
    print("  consumer: done")


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
