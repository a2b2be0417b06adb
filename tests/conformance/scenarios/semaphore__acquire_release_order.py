# Three tasks share a Semaphore(2): two run at once, the third waits for a release. Each
# acquire() returns True.
import asyncio


async def job(sem, n):
    print(n, "acquire ->", await sem.acquire())
    try:
        await asyncio.sleep(1)
        print(n, "done at", asyncio.get_running_loop().time())
    finally:
        sem.release()


async def main():
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(job(sem, n)) for n in range(3)]
    await asyncio.sleep(0)
    print(sem)
    await asyncio.gather(*tasks)
    print(sem)


asyncio.run(main())
