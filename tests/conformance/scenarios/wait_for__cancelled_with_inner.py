# Cancel a task waiting in wait_for() and, in the same step, the inner task wait_for made.
# The inner task runs first and ends cancelled; wait_for, handling its own CancelledError,
# finds it done and returns its result, which raises the inner CancelledError. Notice that
# error's __context__: the outer CancelledError it was raised while handling.
import asyncio


def report(fut):
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("result() raised", repr(e), "with context", repr(e.__context__))


async def timed():
    await asyncio.wait_for(asyncio.sleep(1), 2)


async def main():
    task = asyncio.create_task(timed())
    task.add_done_callback(report)
    await asyncio.sleep(0)
    task.cancel()
    for other in asyncio.all_tasks():
        if other is not task and other is not asyncio.current_task():
            other.cancel()  # the inner task running asyncio.sleep(1)
    await asyncio.sleep(0.1)


asyncio.run(main())
