# as_completed() takes each awaitable once, even when it is listed twice.
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(0.1, "only"))
    results = []
    for aw in asyncio.as_completed([t, t]):
        results.append(await aw)
    print(results)


asyncio.run(main())
