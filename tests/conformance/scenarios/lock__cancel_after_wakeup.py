# A waiter woken by release() but cancelled before it runs passes the lock on to the next
# waiter, so nobody is left waiting for a lock that is free.
import asyncio


async def take(lock, name):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    print(name, "got it")
    lock.release()


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(take(lock, "a"))
    b = asyncio.create_task(take(lock, "b"))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(lock)


asyncio.run(main())
