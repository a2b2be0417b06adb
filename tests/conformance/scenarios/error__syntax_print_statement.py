# Python 2's print statement: CPython names the missing parentheses.
import asyncio


async def main():
    await asyncio.sleep(0)
    print "done"


asyncio.run(main())
