# A putter blocked on a full queue can be cancelled: its item is never added. When a slot
# frees up, the next putter in line gets it. If a putter is cancelled after get_nowait()
# woke it, it passes the wake-up on to the next putter.
# Notice "x" never enters the queue and the order in which the others do.
import asyncio


async def putter(q, item):
    try:
        await q.put(item)
        print(f"put {item}")
    except asyncio.CancelledError:
        print(f"putter of {item} cancelled")
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    px = asyncio.create_task(putter(q, "x"))
    py = asyncio.create_task(putter(q, "y"))
    pz = asyncio.create_task(putter(q, "z"))
    await asyncio.sleep(0)
    print(str(q))
    px.cancel()
    print("got", q.get_nowait())
    py.cancel()
    await asyncio.sleep(0)
    print(str(q))
    await asyncio.sleep(0)
    print(str(q))
    print("got", q.get_nowait(), "| px", px.cancelled(), "py", py.cancelled(), "pz", pz.done())


asyncio.run(main())
