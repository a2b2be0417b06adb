# A function header with nothing indented under it.
import asyncio


async def main():
await asyncio.sleep(0)


asyncio.run(main())
