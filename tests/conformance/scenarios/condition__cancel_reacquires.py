# A task cancelled inside Condition.wait() does not leave at once: wait() first re-acquires
# the lock (waiting for its holder to let go) and only then raises CancelledError, so code
# after wait() always runs with the lock held.
# Notice "waiter cancelled" appears only at 2.000, when main releases the lock.
import asyncio


async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("waiter cancelled; holds the lock again:", cond.locked())
            raise
        finally:
            print("waiter: finally")


async def main():
    cond = asyncio.Condition()
    task = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        task.cancel()
        print("main cancelled the waiter while holding the lock", cond)
        await asyncio.sleep(2)
        print("main: releasing at 2")
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled(), cond)


asyncio.run(main())
