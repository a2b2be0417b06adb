# A waiter woken by release() but cancelled before running gives its count back and wakes
# the next waiter.
import asyncio


async def job(sem, name):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    print(name, "acquired")
    sem.release()


async def main():
    sem = asyncio.Semaphore(0)
    a = asyncio.create_task(job(sem, "a"))
    b = asyncio.create_task(job(sem, "b"))
    await asyncio.sleep(0)
    sem.release()
    a.cancel()
    print(sem)
    await asyncio.gather(a, b, return_exceptions=True)
    print(sem)


asyncio.run(main())
