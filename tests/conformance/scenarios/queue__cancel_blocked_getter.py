# Cancelling a task blocked in `await q.get()` removes its getter from the queue, so the
# next put goes to the next waiting getter, and nothing is lost.
# Notice the repr goes from _getters[2] to _getters[1] once the cancelled task has run.
import asyncio


async def getter(name, q):
    try:
        item = await q.get()
        print(f"{name} got {item}")
    except asyncio.CancelledError:
        print(f"{name} cancelled while waiting")
        raise


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter("a", q))
    b = asyncio.create_task(getter("b", q))
    await asyncio.sleep(0)
    print(str(q))
    a.cancel()
    print("after cancel():", str(q))
    await asyncio.sleep(0)
    print("after a ran:", str(q))
    q.put_nowait(42)
    await b
    print("a:", a.cancelled(), "b:", b.result(), str(q))


asyncio.run(main())
