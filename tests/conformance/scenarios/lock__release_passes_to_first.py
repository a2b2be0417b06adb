# release() hands the Lock to the first waiter, but the waiter only takes it when its task
# runs: until then locked() is False and the lock looks free.
import asyncio


async def take(lock, name):
    await lock.acquire()
    print(name, "got it;", lock)
    lock.release()


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(take(lock, n)) for n in "abc"]
    await asyncio.sleep(0)
    lock.release()
    print("after release:", lock.locked(), lock)
    await asyncio.gather(*tasks)
    print("end:", lock)


asyncio.run(main())
