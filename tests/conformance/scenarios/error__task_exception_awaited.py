# Awaiting a task that failed re-raises its exception in the awaiting coroutine.
# Uncaught there, the traceback shows both sides: where main awaited the task and,
# below it, where the task's coroutine raised.
import asyncio


async def compute(values):
    await asyncio.sleep(1)
    return max(values)


async def main():
    task = asyncio.create_task(compute([]))
    print("task started")
    result = await task
    print("result", result)


asyncio.run(main())
