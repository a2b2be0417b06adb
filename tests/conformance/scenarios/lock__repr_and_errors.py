# A Lock is either locked or unlocked; its repr says which and how many tasks wait.
# acquire() returns True; release() of an unlocked lock raises RuntimeError.
# Notice the repr is the default object repr plus a [state] suffix.
import asyncio


async def waiter(lock, name):
    await lock.acquire()
    print(name, "has the lock")
    lock.release()


async def main():
    lock = asyncio.Lock()
    print(lock)
    print("acquire ->", await lock.acquire(), "locked():", lock.locked())
    print(lock)
    tasks = [asyncio.create_task(waiter(lock, n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    print(lock)
    lock.release()
    print("released:", lock)
    await asyncio.gather(*tasks)
    print(lock)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
