# Semaphore(0) starts locked: acquire() waits until another task releases it.
import asyncio


async def signal(sem):
    await asyncio.sleep(0.3)
    print("releasing")
    sem.release()


async def main():
    sem = asyncio.Semaphore(0)
    asyncio.create_task(signal(sem))
    print(sem)
    await sem.acquire()
    print("acquired at", asyncio.get_running_loop().time(), sem)


asyncio.run(main())
