# If the task waiting in wait_for() is itself cancelled, wait_for cancels the inner
# task too and waits for it to finish before the CancelledError reaches the caller.
# Notice the inner cleanup (which takes 0.5 s) happens before "outer cancelled".
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner: cancelled, cleaning up for 0.5 s")
        await asyncio.sleep(0.5)
        print("inner: cleanup done")
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    task = asyncio.create_task(outer())
    await asyncio.sleep(1)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print("outer task cancelled():", task.cancelled())


asyncio.run(main())
