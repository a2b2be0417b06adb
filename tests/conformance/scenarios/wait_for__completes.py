# When the awaited work finishes before the timeout, wait_for() simply returns its result,
# as soon as it is ready: it does not wait for the rest of the timeout.
# Notice the result arrives at 1.000 although the timeout was 3 seconds.
import asyncio


async def quick_query():
    await asyncio.sleep(1)
    return ["row1", "row2"]


async def main():
    loop = asyncio.get_running_loop()
    rows = await asyncio.wait_for(quick_query(), timeout=3)
    print("got", rows, "at", loop.time())
    rows = await asyncio.wait_for(quick_query(), timeout=None)
    print("timeout=None waits as long as needed:", rows, "at", loop.time())
    await asyncio.sleep(5)
    print("nothing else happened; now", loop.time())


asyncio.run(main())
