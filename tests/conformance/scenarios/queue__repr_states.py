# The repr/str of a queue lists what is inside: maxsize, the items (_queue), the number of
# waiting getters and putters, and unfinished tasks (tasks=). repr adds the address.
# Notice which parts appear only when non-empty.
import asyncio


async def main():
    q = asyncio.Queue(2)
    print(repr(q))
    print(str(q))
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait(1)
    print(str(q))
    await getter
    print(str(q))
    q.put_nowait(2)
    q.put_nowait([3, "three"])
    putters = [asyncio.create_task(q.put(n)) for n in (4, 5)]
    await asyncio.sleep(0)
    print(str(q))
    print(repr(q))
    for t in putters:
        t.cancel()
    await asyncio.sleep(0)
    for _ in range(3):
        q.task_done()
    print(str(q))


asyncio.run(main())
