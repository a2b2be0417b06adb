# A Semaphore(2) limits a crawler to two fetches at a time: with five one-second fetches
# the whole run takes three seconds.
import asyncio

active = 0


async def fetch(sem, url):
    global active
    await sem.acquire()
    try:
        active += 1
        print(f"{asyncio.get_running_loop().time():.0f}s fetch {url} ({active} active)")
        await asyncio.sleep(1)
        active -= 1
    finally:
        sem.release()
    return len(url)


async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*(fetch(sem, f"u{i}" * i) for i in range(1, 6))))
    print(asyncio.get_running_loop().time())


asyncio.run(main())
