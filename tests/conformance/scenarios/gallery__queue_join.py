# A bounded asyncio.Queue between one producer and two workers. put() blocks while the
# queue is full, get() while it is empty, and join() waits until every item has been
# marked done with task_done(). The workers are cancelled once the queue is drained.
import asyncio


async def producer(queue):
    for n in range(1, 7):
        await queue.put(n)
        print(f"{asyncio.get_running_loop().time():.1f}  put {n}  (size {queue.qsize()})")


async def worker(name, queue):
    while True:
        n = await queue.get()
        await asyncio.sleep(0.5)
        print(f"{asyncio.get_running_loop().time():.1f}    {name} finished {n}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(worker(f"w{i}", queue)) for i in (1, 2)]
    await producer(queue)
    print("producer done, waiting for join()")
    await queue.join()
    print("every item is done")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
