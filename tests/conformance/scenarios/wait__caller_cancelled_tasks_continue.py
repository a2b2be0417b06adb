# Cancelling the task that waits in wait() does not cancel the tasks it waits for; they
# finish on their own.
import asyncio


async def main():
    work = [asyncio.create_task(asyncio.sleep(d, d)) for d in (0.2, 0.4)]
    waiter = asyncio.create_task(asyncio.wait(work))
    await asyncio.sleep(0.1)
    waiter.cancel()
    await asyncio.sleep(0)
    print("waiter cancelled:", waiter.cancelled(), [t.done() for t in work])
    print(await asyncio.gather(*work), asyncio.get_running_loop().time())


asyncio.run(main())
