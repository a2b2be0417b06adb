# task.cancel() does not stop a task on the spot: it asks the loop to throw
# CancelledError into the task at the await where it is suspended.
# The task's finally block still runs, and awaiting the task then raises CancelledError.
import asyncio


async def download(total_parts):
    part = 0
    try:
        while part < total_parts:
            await asyncio.sleep(1)
            part += 1
            print(f"  download: part {part} of {total_parts}")
        return "complete"
    except asyncio.CancelledError:
        print(f"  download: cancelled after {part} parts")
        raise
    finally:
        print("  download: closing the connection (finally)")


async def main():
    task = asyncio.create_task(download(10))
    await asyncio.sleep(2.5)
    print("main: cancel() returned", task.cancel())
    print("main: cancelled yet?", task.cancelled())
    try:
        await task
    except asyncio.CancelledError:
        print("main: awaiting the task raised CancelledError")
    print("main: cancelled now?", task.cancelled(), "done?", task.done())


asyncio.run(main())
