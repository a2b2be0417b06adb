# join() returns once every item put has been marked done by task_done(); the workers
# are then cancelled, the usual shutdown of a worker pool.
import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "did", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for item in (0.3, 0.1, 0.2, 0.1):
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all done at", round(asyncio.get_running_loop().time(), 2), q)
    for w in workers:
        w.cancel()
    print(await asyncio.gather(*workers, return_exceptions=True))


asyncio.run(main())
