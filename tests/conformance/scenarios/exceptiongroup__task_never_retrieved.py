# A task that fails with an ExceptionGroup nobody retrieves: when the task is freed, asyncio
# logs "Task exception was never retrieved" with the group's tree traceback.
# Notice the margins inside the logged traceback.
import asyncio
async def bad():
    raise ExceptionGroup("in task", [ValueError(1), KeyError(2)])
async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0.1)
    del t
    await asyncio.sleep(0.1)
    print("end")
asyncio.run(main())
