# Cancelling the task that is inside asyncio.wait() cancels only the waiting: the tasks it
# was waiting for keep running (unlike wait_for, which cancels its task).
# Notice the worker still finishes at 2.000.
import asyncio


async def worker():
    await asyncio.sleep(2)
    print("worker finished")
    return "result"


async def waiter(task):
    try:
        await asyncio.wait([task])
    except asyncio.CancelledError:
        print("waiter cancelled; worker done?", task.done())
        raise


async def main():
    task = asyncio.create_task(worker())
    w = asyncio.create_task(waiter(task))
    await asyncio.sleep(1)
    w.cancel()
    await asyncio.sleep(0)
    print("main: waiter cancelled", w.cancelled(), "| worker", task)
    print("main:", await task)


asyncio.run(main())
