# The tricky case: put_nowait() has already woken getter `a` (its future has a result), but
# `a` is cancelled before it gets to run. Its get() notices the item is still there and
# wakes the next getter, so the item goes to `b` instead of being lost.
# Notice `a` never sees the item and `b` gets it in the same loop turn.
import asyncio


async def getter(name, q):
    try:
        print(f"{name} got", await q.get())
    except asyncio.CancelledError:
        print(f"{name} cancelled, queue still holds {q.qsize()} item(s)")
        raise


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter("a", q))
    b = asyncio.create_task(getter("b", q))
    await asyncio.sleep(0)
    q.put_nowait("the item")
    a.cancel()
    print("main:", str(q))
    await asyncio.sleep(0)
    print("main:", str(q))
    await asyncio.sleep(0)
    print("main: a cancelled", a.cancelled(), "b done", b.done(), str(q))


asyncio.run(main())
