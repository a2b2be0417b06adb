# as_completed() with timeout=None waits as long as it takes; the number of awaitables
# it yields is fixed by the input.
import asyncio


async def main():
    aws = [asyncio.sleep(d, d) for d in (2, 0.5, 1)]
    it = asyncio.as_completed(aws, timeout=None)
    count = 0
    for aw in it:
        print(await aw, asyncio.get_running_loop().time())
        count += 1
    print(count)


asyncio.run(main())
