# A task cancelled while waiting for a Lock leaves the waiter queue; it never holds the
# lock. If it is cancelled after release() already chose it, it passes the lock on to the
# next waiter, so the lock is never stuck.
# Notice b is chosen by release(), cancelled, and c ends up with the lock.
import asyncio


async def user(lock, name):
    try:
        async with lock:
            print(name, "got the lock")
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled; locked:", lock.locked())
        raise


async def main():
    lock = asyncio.Lock()
    a, b, c, d = [asyncio.create_task(user(lock, n)) for n in "abcd"]
    await asyncio.sleep(0.5)
    print(lock)
    d.cancel()
    await asyncio.sleep(0)
    print(lock)
    await asyncio.sleep(0.5)
    b.cancel()
    await asyncio.sleep(0)
    print(lock)
    await asyncio.gather(a, b, c, d, return_exceptions=True)
    print(lock, [t.cancelled() for t in (a, b, c, d)])


asyncio.run(main())
