# A pretend crawler fetches six pages but lets at most two fetches run at once: each fetch
# holds an asyncio.Semaphore(2) while it "downloads". The others wait in the semaphore's
# queue and start, in order, as soon as a slot is released.
import asyncio

PAGES = {"/": 1.0, "/about": 0.5, "/blog": 1.5, "/docs": 0.5, "/faq": 1.0, "/shop": 0.5}


async def fetch(path, seconds, slots):
    loop = asyncio.get_running_loop()
    async with slots:
        print(f"{loop.time():.1f}  fetch {path}")
        await asyncio.sleep(seconds)
        print(f"{loop.time():.1f}  done  {path}")
    return len(path) * 100


async def main():
    slots = asyncio.Semaphore(2)
    sizes = await asyncio.gather(*(fetch(p, s, slots) for p, s in PAGES.items()))
    print(f"{len(sizes)} pages, {sum(sizes)} bytes")


asyncio.run(main())
