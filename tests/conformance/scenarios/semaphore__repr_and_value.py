# A Semaphore counts permits: acquire() takes one (waiting at zero), release() gives one
# back. A plain Semaphore may be released more often than acquired and its value grows;
# a BoundedSemaphore raises ValueError instead. A negative start value is a ValueError.
# Notice locked() is True at zero, and the repr shows the value only while unlocked.
import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    print(sem, sem.locked())
    print("acquire ->", await sem.acquire(), sem, sem.locked())
    sem.release()
    sem.release()
    print("released twice:", sem)
    bounded = asyncio.BoundedSemaphore(2)
    await bounded.acquire()
    bounded.release()
    print(bounded)
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    print(bounded)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    zero = asyncio.Semaphore(0)
    print(zero, zero.locked())
    print(isinstance(bounded, asyncio.Semaphore))


asyncio.run(main())
