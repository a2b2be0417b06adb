# `async with asyncio.TaskGroup() as tg:` runs the tasks created with tg.create_task() and
# does not leave the block until all of them are done. The repr shows how many tasks are
# still running.
# Notice the block ends at 2.000 (the slowest child), and the group's reprs.
import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    print("fetched", name)
    return name.upper()


async def main():
    tg = asyncio.TaskGroup()
    print("before:", tg)
    async with tg:
        a = tg.create_task(fetch("a", 2))
        b = tg.create_task(fetch("b", 1), name="fetch-b")
        print("inside:", tg)
        print(a.get_name(), b.get_name())
        await asyncio.sleep(1.5)
        print("after 1.5 s:", tg)
    print("after the block:", tg, a.result(), b.result())


asyncio.run(main())
