# Four tasks queue for one Lock, each holding it 0.1 s: they get it in arrival order, one
# after the other.
import asyncio


async def use(lock, n):
    await asyncio.sleep(0.01 * n)
    await lock.acquire()
    try:
        print(f"{asyncio.get_running_loop().time():.2f} task {n} holds it")
        await asyncio.sleep(0.1)
    finally:
        lock.release()


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(use(lock, n) for n in (3, 1, 2, 0)))


asyncio.run(main())
