# A positional argument after a keyword argument.
import asyncio


async def main():
    await asyncio.wait_for(timeout=1, asyncio.sleep(0))


asyncio.run(main())
