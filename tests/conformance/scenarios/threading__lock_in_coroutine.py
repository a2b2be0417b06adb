# A threading.Lock is not an asyncio.Lock: acquiring it while it is held blocks the whole
# thread, event loop included, instead of suspending one task. The second task waits for
# a lock that only the first task could release, and the first can never run again: the
# run stops with a deadlock report (CPython would hang).
import asyncio
import threading

lock = threading.Lock()


async def holder():
    lock.acquire()
    print("holder: got the lock, sleeping 1 s before releasing it")
    await asyncio.sleep(1)
    lock.release()


async def waiter():
    await asyncio.sleep(0.5)
    print("waiter: acquiring the lock blocks the event loop's thread")
    lock.acquire()
    print("never printed")


async def main():
    await asyncio.gather(holder(), waiter())


asyncio.run(main())
