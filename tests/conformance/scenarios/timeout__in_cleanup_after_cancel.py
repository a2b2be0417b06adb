# A task that was cancelled can still use timeout() in its cleanup code: the block records
# the task's cancelling() count on entry and converts only its own expiry into
# TimeoutError (CPython 3.11.3 and later; older 3.11 releases let CancelledError escape).
# Notice the cleanup's bounded wait ends with TimeoutError at 1.500, and cancelling() is 1.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print("worker cancelled; cancelling() =", me.cancelling())
        try:
            async with asyncio.timeout(0.5):
                await asyncio.sleep(5)
        except TimeoutError:
            print("cleanup gave up after 0.5 s; cancelling() =", me.cancelling())
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print("worker cancelled():", task.cancelled())


asyncio.run(main())
