# "Task exception was never retrieved" is logged when the failed task is freed. Here main
# fails with KeyError while holding the task: the interpreter prints main's traceback
# first, and the task is freed (and logged) only when main's frame goes away.
# Notice the log comes last, after the KeyError traceback.
import asyncio


async def fail():
    raise ValueError("task failed")


async def main():
    t = asyncio.create_task(fail())
    await asyncio.sleep(0.1)
    print("task done:", t.done())
    raise KeyError("main failed")


asyncio.run(main())
