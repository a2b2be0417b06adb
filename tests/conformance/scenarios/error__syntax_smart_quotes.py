# Code pasted from a web page whose quotes were made typographic: CPython names the character
# and its code point.
import asyncio


async def main():
    await asyncio.sleep(0.1)
    print(“done”)


asyncio.run(main())
