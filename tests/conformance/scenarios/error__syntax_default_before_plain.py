# A parameter without a default after one with a default.
import asyncio


async def fetch(url, retries=3, delay):
    await asyncio.sleep(delay)


asyncio.run(fetch("x", 1, 0))
