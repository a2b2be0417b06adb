# Waking a getter does not hand it the item: it only lets it try again. If another task
# takes the item first (get_nowait() in the same loop turn), the woken getter finds the
# queue empty and waits again, now at the back of the line.
# Notice `patient` waited first but is served after `latecomer`.
import asyncio


async def getter(name, q):
    print(name, "got", await q.get())


async def main():
    q = asyncio.Queue()
    p = asyncio.create_task(getter("patient", q))
    late = asyncio.create_task(getter("latecomer", q))
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait(1)
    print("main took", q.get_nowait(), "before patient could run")
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait(2)
    q.put_nowait(3)
    await asyncio.gather(p, late)


asyncio.run(main())
