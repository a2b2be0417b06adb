# A crawler that fetches many pages but never more than 3 at once, using a Semaphore
# around the "network" call; gather() collects the results in input order.
# Notice at most three "fetching" lines are open at any time, and the results' order.
import asyncio
import random

MAX_CONCURRENT = 3
active = 0


async def fetch(url, sem):
    global active
    async with sem:
        active += 1
        print(f"fetching {url} ({active} active)")
        await asyncio.sleep(random.choice([0.3, 0.5, 0.8]))
        active -= 1
        print(f"fetched  {url}")
        return len(url)


async def main():
    sem = asyncio.Semaphore(MAX_CONCURRENT)
    urls = [f"https://example.com/page/{n}" for n in range(7)]
    sizes = await asyncio.gather(*(fetch(url, sem) for url in urls))
    print("sizes:", sizes)


asyncio.run(main())
