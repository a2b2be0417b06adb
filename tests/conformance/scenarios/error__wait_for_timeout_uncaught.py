# A TimeoutError from wait_for() that nobody catches ends the program with exit status 1.
# Notice the chained traceback: the inner CancelledError comes first, then
# "The above exception was the direct cause" of the TimeoutError.
import asyncio


async def fetch():
    await asyncio.sleep(3)


async def main():
    print("fetching with a 1 second timeout")
    await asyncio.wait_for(fetch(), timeout=1)
    print("never printed")


asyncio.run(main())
