# A task wraps exactly one coroutine object; get_coro() returns it. Creating a task does not
# copy the coroutine, it takes it over. Notice the state of the coroutine inside the task.
import asyncio
import inspect


async def job():
    await asyncio.sleep(1)
    return "ok"


async def main():
    coro = job()
    task = asyncio.create_task(coro)
    print("same object:", task.get_coro() is coro)
    print("before the task starts:", inspect.getcoroutinestate(coro))
    await asyncio.sleep(0)
    print("while the task sleeps:", inspect.getcoroutinestate(task.get_coro()))
    await task
    print("after the task is done:", inspect.getcoroutinestate(coro))
    print("create_task of a non-coroutine:")
    try:
        asyncio.create_task(job)
    except TypeError as e:
        print(" TypeError:", e)


asyncio.run(main())
