# Without a lock the read-modify-write across an await loses updates; with one, every
# increment counts. (acquire/release by hand; `async with lock:` does the same.)
import asyncio

counter = 0


async def bump(lock):
    global counter
    if lock:
        await lock.acquire()
    try:
        value = counter
        await asyncio.sleep(0)
        counter = value + 1
    finally:
        if lock:
            lock.release()


async def main():
    global counter
    for lock in (None, asyncio.Lock()):
        counter = 0
        await asyncio.gather(*(bump(lock) for _ in range(5)))
        print("with lock" if lock else "without lock", counter)


asyncio.run(main())
