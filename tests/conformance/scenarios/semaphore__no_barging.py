# Semaphore permits go to waiting tasks in arrival order. release() hands the permit
# straight to the first waiter, so a task that calls acquire() right after the release
# finds the semaphore locked and queues up behind the earlier waiters.
# Notice "newcomer" asks after the release but is served last.
import asyncio


async def user(sem, name):
    await sem.acquire()
    print(name, "acquired", sem)
    await asyncio.sleep(1)
    sem.release()


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    waiters = [asyncio.create_task(user(sem, f"waiter{i}")) for i in range(2)]
    await asyncio.sleep(0)
    sem.release()
    print("released:", sem, "locked():", sem.locked())
    newcomer = asyncio.create_task(user(sem, "newcomer"))
    await asyncio.gather(*waiters, newcomer)
    print(sem)


asyncio.run(main())
