# Acquiring a Semaphore with a deadline: the timed-out waiter leaves the queue and does not
# take the count released later.
import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    try:
        await asyncio.wait_for(sem.acquire(), 0.2)
    except asyncio.TimeoutError:
        print("timeout;", sem)
    sem.release()
    print(sem)


asyncio.run(main())
