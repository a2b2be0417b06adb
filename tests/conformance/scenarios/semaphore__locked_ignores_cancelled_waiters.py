# Semaphore.locked() is true at value 0, or while some waiter that is not cancelled waits;
# cancelled waiters do not keep it locked.
import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    waiter = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    sem.release()
    print("released, waiter woken:", sem.locked(), sem)
    waiter.cancel()
    await asyncio.sleep(0)
    print("waiter cancelled:", sem.locked(), sem, waiter.cancelled())


asyncio.run(main())
