# task.cancel() asks a task to stop: the next time it is resumed, CancelledError is raised
# at the await where it is suspended. The task may catch it to react, and should re-raise.
# Notice the worker is interrupted at 1.000 in the middle of its 5-second sleep.
import asyncio


async def worker():
    print("worker: sleeping 5 s")
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("worker: cancelled while sleeping, re-raising")
        raise
    print("worker: never printed")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("main: cancel() returned", task.cancel())
    print("main: cancelled() right after cancel():", task.cancelled())
    try:
        await task
    except asyncio.CancelledError:
        print("main: awaiting the task raised CancelledError")
    print("main: cancelled():", task.cancelled(), "done():", task.done())


asyncio.run(main())
