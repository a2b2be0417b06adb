# Cancelling the task that runs a TaskGroup block cancels every child; the group then
# re-raises CancelledError (not an ExceptionGroup) once all children have finished.
# Notice the children's cleanups, then the parent's CancelledError.
import asyncio


async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            tg.create_task(child("c2"))
            print("parent inside the group:", tg)
    except asyncio.CancelledError:
        print("parent: CancelledError after the group, tg:", tg)
        raise


async def main():
    task = asyncio.create_task(parent())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: parent task cancelled():", task.cancelled())


asyncio.run(main())
