# A Semaphore(2) lets at most two tasks into the `async with` block at a time; the others
# wait and enter in the order they arrived as permits are released.
# Notice the start times: two at 0, two at 1, one at 2.
import asyncio


async def download(sem, n):
    async with sem:
        print(f"start {n}  ({sem})")
        await asyncio.sleep(1)
    print(f"done  {n}")


async def main():
    sem = asyncio.Semaphore(2)
    print(sem)
    await asyncio.gather(*[download(sem, n) for n in range(5)])
    print(sem)


asyncio.run(main())
