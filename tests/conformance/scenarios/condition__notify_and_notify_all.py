# Condition.notify(n) wakes up to n waiters, oldest first; notify_all() wakes the rest.
# A woken waiter returns from wait() only after it re-acquires the condition's lock, so
# they come out one at a time, after the notifier leaves its `async with`.
# Notice the reprs, and that wake-ups happen when main releases the lock.
import asyncio


async def waiter(cond, name):
    async with cond:
        print(name, "waiting")
        result = await cond.wait()
        print(name, "woke, wait() returned", result, "| locked:", cond.locked())


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, f"w{i}")) for i in range(4)]
    await asyncio.sleep(0)
    print(cond)
    async with cond:
        cond.notify()
        print("notify() sent, still holding the lock:", cond)
        await asyncio.sleep(1)
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(1)
    print(cond)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(cond)


asyncio.run(main())
