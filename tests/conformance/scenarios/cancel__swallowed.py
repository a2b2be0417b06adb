# If a task catches CancelledError and returns normally, the cancellation is swallowed:
# the task ends with a normal result and cancelled() is False.
# This is usually a bug; notice that main gets a value instead of CancelledError.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: ignoring the cancellation")
    return "finished anyway"


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    task.cancel()
    result = await task
    print("result:", result)
    print("cancelled():", task.cancelled(), "cancelling():", task.cancelling())


asyncio.run(main())
