# A task cancelled before it ever ran never executes a single line of its coroutine:
# its first step throws CancelledError into the coroutine before the first line runs.
# Notice "never starts" is never printed, and no "never awaited" warning appears.
import asyncio


async def job():
    print("never starts")


async def main():
    task = asyncio.create_task(job())
    print("created:", task)
    task.cancel()
    print("after cancel():", task)
    await asyncio.sleep(0)
    print("after one turn:", task)
    print("cancelled():", task.cancelled())


asyncio.run(main())
