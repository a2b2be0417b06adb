# A task cancelled inside Condition.wait() still re-acquires the lock before the
# CancelledError reaches it, so its cleanup runs holding the lock.
import asyncio


async def waiter(cond):
    await cond.acquire()
    try:
        await cond.wait()
    except asyncio.CancelledError:
        print("cancelled; holds the lock:", cond.locked())
        raise
    finally:
        cond.release()


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled(), cond)


asyncio.run(main())
