# A keyword argument given twice in one call is rejected when the file compiles.
import asyncio

print("never printed")


async def main():
    await asyncio.wait_for(asyncio.sleep(1), timeout=1, timeout=2)


asyncio.run(main())
