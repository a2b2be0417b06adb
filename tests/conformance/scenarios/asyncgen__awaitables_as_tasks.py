# The awaitables of an async generator can run as tasks (the loop's finalizer does this with
# aclose()). They have no __name__, so a task's repr names their type instead.
# Notice the coro=<...> part of each task repr.
import asyncio
async def ag():
    try:
        yield 1
    finally:
        await asyncio.sleep(0)
async def main():
    g = ag()
    await g.__anext__()
    t = asyncio.create_task(g.aclose())
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    t2 = asyncio.ensure_future(ag().__anext__())
    print(t2)
    print(await t2, t2)
asyncio.run(main())
