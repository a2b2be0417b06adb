# cancel(msg) attaches a message to the CancelledError raised inside the task.
# Notice the message in e.args inside the worker, and a second cancel() returning False
# once the task has finished.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("worker got CancelledError with args", e.args)
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    task.cancel("shutting down")
    try:
        await task
    except asyncio.CancelledError as e:
        print("main got CancelledError:", type(e).__name__)
    print("cancel() again:", task.cancel())
    print("task:", task)


asyncio.run(main())
