# CancelledError is an exception like any other when nobody catches it: here main awaits a
# task that gets cancelled, so main itself fails with CancelledError and the program exits 1.
# Notice the traceback on stderr ends with asyncio.exceptions.CancelledError.
import asyncio


async def victim():
    await asyncio.sleep(5)


async def canceller(task):
    await asyncio.sleep(1)
    task.cancel()


async def main():
    task = asyncio.create_task(victim())
    asyncio.create_task(canceller(task))
    await task
    print("never printed")


asyncio.run(main())
