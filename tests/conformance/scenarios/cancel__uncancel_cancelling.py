# task.cancelling() counts pending cancel() requests; task.uncancel() takes one back.
# A task that catches CancelledError and wants to go on should call uncancel().
# Notice the counts, that two cancel() calls still raise only one CancelledError, and that
# the worker keeps running afterwards.
import asyncio


async def worker():
    me = asyncio.current_task()
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
            print("worker: attempt", attempt, "finished")
        except asyncio.CancelledError:
            print("worker: cancelled, cancelling() =", me.cancelling())
            print("worker: uncancel() ->", me.uncancel())
    return "survived"


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    task.cancel()
    task.cancel()
    print("main: after two cancel() calls, cancelling() =", task.cancelling())
    print("main: result", await task, "cancelled():", task.cancelled())


asyncio.run(main())
