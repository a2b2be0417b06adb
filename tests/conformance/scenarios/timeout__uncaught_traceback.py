# An uncaught TimeoutError from asyncio.timeout() shows two tracebacks: the CancelledError
# that interrupted the code inside the block, then "The above exception was the direct
# cause of the following exception" and the TimeoutError raised where the block ends.
# Notice the exit status 1.
import asyncio


async def fetch():
    await asyncio.sleep(5)


async def main():
    async with asyncio.timeout(1):
        await fetch()


asyncio.run(main())
