# A gathering future nobody awaits lives as long as one of its children is still running
# (each child's done callback keeps it). Here boom() fails at 0.1, so the gather fails, but
# slow() runs until 1.0: the "_GatheringFuture exception was never retrieved" comes then,
# after the future that fails at 0.5 and dies at once.
import asyncio


async def boom():
    await asyncio.sleep(0.1)
    raise ValueError("boom")


async def slow():
    await asyncio.sleep(1)
    print("slow done")


async def main():
    loop = asyncio.get_running_loop()
    asyncio.gather(boom(), slow())
    f = loop.create_future()
    loop.call_later(0.5, f.set_exception, KeyError("late"))
    del f
    await asyncio.sleep(2)
    print("main done")


asyncio.run(main())
