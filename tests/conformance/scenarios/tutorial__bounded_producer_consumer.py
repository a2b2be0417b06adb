# Two producers and two consumers around a queue of size 3. The producers finish, then
# main waits for every item to be processed with join() and stops the consumers with one
# None "poison pill" each.
# Notice the producers are held back whenever the queue is full.
import asyncio


async def producer(name, queue, count, pace):
    for i in range(count):
        await asyncio.sleep(pace)
        item = f"{name}-{i}"
        await queue.put(item)
        print(f"{name} produced {item} (queue size {queue.qsize()})")


async def consumer(name, queue, results):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            print(f"{name} stopping")
            return
        await asyncio.sleep(0.7)
        results.append(item)
        print(f"  {name} consumed {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=3)
    results = []
    consumers = [asyncio.create_task(consumer(f"c{i}", queue, results)) for i in range(2)]
    await asyncio.gather(producer("p0", queue, 4, 0.1), producer("p1", queue, 3, 0.2))
    await queue.join()
    for _ in consumers:
        await queue.put(None)
    await asyncio.gather(*consumers)
    print("consumed", len(results), "items:", sorted(results))


asyncio.run(main())
