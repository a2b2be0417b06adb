# as_completed() wants an iterable of awaitables: a single future or coroutine is a
# TypeError at the first next().
import asyncio


async def main():
    coro = asyncio.sleep(0)
    try:
        next(iter(asyncio.as_completed(coro)))
    except TypeError as e:
        print("TypeError:", e)
    await coro
    print(list(asyncio.as_completed([])))


asyncio.run(main())
