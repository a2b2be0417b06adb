# A child may add more children to the group while it runs; the block waits for those too.
import asyncio


async def spawner(tg, depth):
    await asyncio.sleep(0.1)
    print("depth", depth, "at", asyncio.get_running_loop().time())
    if depth < 3:
        tg.create_task(spawner(tg, depth + 1))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 1))
    print("all done at", asyncio.get_running_loop().time())


asyncio.run(main())
