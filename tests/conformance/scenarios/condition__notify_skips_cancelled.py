# notify(1) wakes one waiter that can still be woken: a waiter whose task was cancelled is
# skipped, so the notification is not wasted on it.
# Notice "first" is cancelled and "second" receives the single notify().
import asyncio


async def waiter(cond, name):
    async with cond:
        try:
            await cond.wait()
            print(name, "notified")
        except asyncio.CancelledError:
            print(name, "cancelled")
            raise


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, n)) for n in ("first", "second", "third")]
    await asyncio.sleep(0)
    tasks[0].cancel()
    async with cond:
        cond.notify(1)
        print("notify(1) with the first waiter cancelled:", cond)
    await asyncio.sleep(0.1)
    print(cond, [t.done() for t in tasks])
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
