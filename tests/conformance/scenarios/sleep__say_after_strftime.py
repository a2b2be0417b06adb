# The say_after example from the Python documentation, run both ways.
# Awaiting the two coroutines in turn takes 1 + 2 = 3 seconds; running them as tasks
# takes max(1, 2) = 2 seconds. time.strftime('%X') shows the (virtual) wall clock.
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def sequential():
    print(f"started at {time.strftime('%X')}")
    await say_after(1, "hello")
    await say_after(2, "world")
    print(f"finished at {time.strftime('%X')}")


async def with_tasks():
    task1 = asyncio.create_task(say_after(1, "hello"))
    task2 = asyncio.create_task(say_after(2, "world"))
    print(f"started at {time.strftime('%X')}")
    await task1
    await task2
    print(f"finished at {time.strftime('%X')}")


asyncio.run(sequential())
asyncio.run(with_tasks())
