# A task made directly from asyncio.sleep() shows where inside asyncio's sleep() it waits:
# not started (its def line), at `await __sleep0()` for sleep(0), at `return await future`
# for a real delay, and "done" once it returned.
# Notice the three line numbers of <stdlib>/asyncio/tasks.py.
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(0))
    t2 = asyncio.create_task(asyncio.sleep(2))
    print(t, t2)
    await asyncio.sleep(0)
    print(t)
    print(t2)
    await asyncio.sleep(0)
    print(t)


asyncio.run(main())
