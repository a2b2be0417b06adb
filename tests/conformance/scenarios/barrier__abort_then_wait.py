# After abort() the Barrier is broken: waiting tasks and new callers of wait() get
# BrokenBarrierError.
import asyncio


async def party(b, name):
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print(name, "BrokenBarrierError:", e)


async def main():
    b = asyncio.Barrier(3)
    t = asyncio.create_task(party(b, "early"))
    await asyncio.sleep(0)
    await b.abort()
    await t
    await party(b, "late")
    print(b.broken, b)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))


asyncio.run(main())
