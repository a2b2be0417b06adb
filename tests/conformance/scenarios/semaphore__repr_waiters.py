# A Semaphore's repr: locked once its value is 0, with the number of waiting tasks.
import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    waiters = [asyncio.create_task(sem.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    print(sem, sem.locked())
    sem.release()
    print(sem)
    await asyncio.sleep(0)
    print(sem)
    sem.release()
    await asyncio.gather(*waiters)
    sem.release()
    print(sem)


asyncio.run(main())
