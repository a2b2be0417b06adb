# `async with sem:` around the work limits how many tasks do it at once; the semaphore is
# released even when the work fails.
import asyncio


async def job(sem, n):
    async with sem:
        print(f"{asyncio.get_running_loop().time():.1f} start {n}")
        await asyncio.sleep(1)
        if n == 1:
            raise RuntimeError(f"job {n} failed")
    return n


async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(job(sem, n) for n in range(4)), return_exceptions=True)
    print(results, sem)


asyncio.run(main())
