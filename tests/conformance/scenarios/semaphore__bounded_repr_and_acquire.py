# BoundedSemaphore is a Semaphore: same repr, same waiting; only release() is checked.
import asyncio


async def main():
    b = asyncio.BoundedSemaphore(2)
    print(b, isinstance(b, asyncio.Semaphore))
    await b.acquire()
    await b.acquire()
    print(b, b.locked())
    b.release()
    b.release()
    print(b)


asyncio.run(main())
