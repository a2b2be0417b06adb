# Two `/` markers in one parameter list.
import asyncio


async def fetch(url, /, retries, /, *, timeout=1.0):
    await asyncio.sleep(timeout)
    return url


asyncio.run(fetch("http://example.com", 3))
