# LifoQueue is a stack: the most recently added item comes out first. join()/task_done()
# and maxsize work exactly as for Queue.
# Notice the getter that was already waiting gets "three", not "one": put_nowait() only
# wakes it, and by the time it runs, "three" is on top of the stack.
import asyncio


async def main():
    q = asyncio.LifoQueue(maxsize=3)

    async def early_getter():
        print("early getter got", await q.get())
        q.task_done()

    t = asyncio.create_task(early_getter())
    await asyncio.sleep(0)
    for word in ("one", "two", "three"):
        q.put_nowait(word)
    print(str(q), "full", q.full())
    try:
        q.put_nowait("four")
    except asyncio.QueueFull:
        print("four: QueueFull")
    await t
    while not q.empty():
        print("got", q.get_nowait())
        q.task_done()
    await q.join()
    print("joined", str(q))


asyncio.run(main())
