# An attribute where a keyword argument's name goes: CPython suspects a comparison.
import asyncio


class Config:
    retries = 3


async def main():
    await asyncio.wait_for(asyncio.sleep(0), Config.timeout=1)


asyncio.run(main())
