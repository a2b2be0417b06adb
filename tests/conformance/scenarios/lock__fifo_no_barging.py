# Tasks blocked on a Lock get it in the order they asked. When the lock is released it is
# promised to the first waiter; a task that calls acquire() meanwhile must queue up behind
# the others even though locked() is briefly False.
# Notice "barger" asks while the lock is free, and still goes last.
import asyncio


async def user(lock, name, hold):
    async with lock:
        print(f"{name} holds the lock")
        await asyncio.sleep(hold)
    print(f"{name} released it")


async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(user(lock, f"t{i}", 1)) for i in range(3)]
    await asyncio.sleep(0.5)
    print(lock)
    await asyncio.sleep(0.5)
    print("locked() right after the release:", lock.locked(), lock)
    tasks.append(asyncio.create_task(user(lock, "barger", 0)))
    await asyncio.gather(*tasks)


asyncio.run(main())
