# By default the first exception in gather() is raised in the caller right away, but the
# other awaitables are NOT cancelled: they keep running in the background.
# Notice "slow finished" still printed at 3.000, after main already caught the error.
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name


async def failing():
    await asyncio.sleep(1)
    print("failing raises")
    raise ValueError("bad input")


async def main():
    try:
        await asyncio.gather(ok("fast", 0.5), failing(), ok("slow", 3))
    except ValueError as e:
        print("main caught:", repr(e))
    print("main keeps waiting")
    await asyncio.sleep(5)
    print("main done")


asyncio.run(main())
