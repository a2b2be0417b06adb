# A task fails with a group inside a group (two nested TaskGroups) and nobody retrieves it:
# the "never retrieved" log shows the whole repr of the nested ExceptionGroup, however long,
# and its traceback as nested groups.
import asyncio


class Boom(Exception):
    pass


async def worker():
    async with asyncio.TaskGroup():
        async with asyncio.TaskGroup():
            raise Boom("deep inside two task groups")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print(task.done())


asyncio.run(main())
