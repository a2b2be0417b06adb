# An exception inside a task is stored in the task, and raised again where it is awaited.
# Plain gather() raises the first error it sees; with return_exceptions=True it returns
# the errors as values, next to the results of the tasks that succeeded.
import asyncio


async def check(item, delay):
    await asyncio.sleep(delay)
    if item < 0:
        raise ValueError(f"negative item {item}")
    return item * 10


async def main():
    task = asyncio.create_task(check(-1, 0.1))
    await asyncio.sleep(0.2)
    print("task done:", task.done(), "| stored exception:", repr(task.exception()))
    try:
        await task
    except ValueError as err:
        print("awaiting the task raised:", err)

    try:
        await asyncio.gather(check(1, 0.1), check(-2, 0.2), check(3, 0.3))
    except ValueError as err:
        print("gather raised:", err)

    results = await asyncio.gather(check(1, 0.1), check(-2, 0.2), check(3, 0.3),
                                   return_exceptions=True)
    print("return_exceptions=True gave:", results)


asyncio.run(main())
