# join() waits until every item put into the queue has been matched by a task_done() call,
# not merely until the queue is empty. task_done() once too often raises ValueError.
# Notice join() on a queue with nothing unfinished returns at once, and that join() blocks
# again after a new put().
import asyncio


async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(f"  worker: finished {item}, qsize {q.qsize()}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    await q.join()
    print("join on a fresh queue returned at once")
    for d in (1, 2, 0.5):
        q.put_nowait(d)
    print(q)
    w = asyncio.create_task(worker(q))
    await asyncio.sleep(0)
    print("queue empty:", q.empty(), "but join still waits")
    await q.join()
    print("join returned", q)
    q.put_nowait(0.25)
    await q.join()
    print("second join returned")
    w.cancel()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
