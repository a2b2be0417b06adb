# Event is not an asynchronous context manager: `async with event:` is a TypeError naming
# the missing protocol.
import asyncio


async def main():
    try:
        async with asyncio.Event():
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
