# wait_for(shield(task), timeout) gives up waiting after the timeout without killing the
# task: the TimeoutError reaches the caller, the task continues and can be awaited later.
# Notice the timeout at 1.000 and the task's result at 2.000.
import asyncio


async def compute():
    await asyncio.sleep(2)
    print("compute finished")
    return 42


async def main():
    task = asyncio.create_task(compute())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=1)
    except asyncio.TimeoutError:
        print("timed out waiting; task cancelled?", task.cancelled())
    print("result later:", await task)


asyncio.run(main())
