# Two tasks each hold one lock and wait for the other's: nothing can ever run again.
# CPython would hang here; the two tasks stay blocked in acquire().
import asyncio


async def worker(first, second, name):
    await first.acquire()
    await asyncio.sleep(0.1)
    print(name, "waits for its second lock")
    await second.acquire()


async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    t1 = asyncio.create_task(worker(a, b, "t1"))
    t2 = asyncio.create_task(worker(b, a, "t2"))
    done, pending = await asyncio.wait([t1, t2], timeout=1)
    print(len(done), len(pending), a, b)
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
