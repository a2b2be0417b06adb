# A BoundedSemaphore refuses to be released more often than acquired; a plain Semaphore
# just counts up.
import asyncio


async def main():
    plain = asyncio.Semaphore(1)
    plain.release()
    print(plain)
    bounded = asyncio.BoundedSemaphore(2)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    print(bounded)


asyncio.run(main())
