# `async with asyncio.timeout(...)` around a queue get: on expiry the get is cancelled,
# the block raises TimeoutError and the queue forgets the getter.
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        async with asyncio.timeout(0.5) as cm:
            await q.get()
    except TimeoutError:
        print("TimeoutError at", asyncio.get_running_loop().time(), cm.expired(), q)


asyncio.run(main())
