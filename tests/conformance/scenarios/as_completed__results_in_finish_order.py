# as_completed() yields awaitables; each gives the next result to finish, not the task it
# came from.
import asyncio


async def work(n):
    await asyncio.sleep(n)
    return f"slept {n}"


async def main():
    for aw in asyncio.as_completed([work(0.3), work(0.1), work(0.2)]):
        print(await aw, asyncio.get_running_loop().time())


asyncio.run(main())
