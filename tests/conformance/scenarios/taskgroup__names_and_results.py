# create_task(name=...) names the child; after the block every child is done and its
# result can be read.
import asyncio


async def fetch(n):
    await asyncio.sleep(0.1 * n)
    return n * n


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(n), name=f"fetch-{n}") for n in (3, 1, 2)]
        print([t.get_name() for t in tasks])
    print([t.result() for t in tasks], asyncio.get_running_loop().time())


asyncio.run(main())
