# Workers take jobs from a queue and update shared totals under a Lock; join() waits for
# all jobs, then the workers are cancelled.
import asyncio

totals = {"jobs": 0, "cost": 0}


async def worker(q, lock):
    while True:
        cost = await q.get()
        await asyncio.sleep(cost)
        async with lock:
            totals["jobs"] += 1
            totals["cost"] += cost
        q.task_done()


async def main():
    q, lock = asyncio.Queue(), asyncio.Lock()
    for cost in (3, 1, 2, 1, 1):
        q.put_nowait(cost)
    workers = [asyncio.create_task(worker(q, lock)) for _ in range(3)]
    await q.join()
    print(totals, asyncio.get_running_loop().time())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
