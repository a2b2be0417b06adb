# The repr counts unfinished items (put but not yet marked done) as tasks=N.
import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait("a")
    q.put_nowait("b")
    print(q)
    q.get_nowait()
    print(q)
    q.task_done()
    print(q)
    q.get_nowait()
    q.task_done()
    print(q)


asyncio.run(main())
