# A free Lock whose only waiters were all cancelled is taken at once by a newcomer:
# acquire() skips the queue when every queued future is cancelled.
# Notice the repr still counts the cancelled waiter until its task runs.
import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(lock)
    t.cancel()
    lock.release()
    print(lock, lock.locked())
    print(await lock.acquire(), lock)
    await asyncio.sleep(0)
    print(t.cancelled(), lock)


asyncio.run(main())
