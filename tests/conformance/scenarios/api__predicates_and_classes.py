# asyncio's helper predicates and the classes programs name in isinstance checks and
# annotations: a Task is a Future, the running loop is an AbstractEventLoop (a
# _UnixSelectorEventLoop on Linux), and call_later returns a TimerHandle.
# Notice iscoroutinefunction() is False for a plain function returning a coroutine.
import asyncio


async def job():
    return 1


def make_job():
    return job()


async def main():
    loop = asyncio.get_running_loop()
    coro = job()
    task = asyncio.create_task(job())
    fut = loop.create_future()
    print("iscoroutine:", asyncio.iscoroutine(coro), asyncio.iscoroutine(job), asyncio.iscoroutine(task))
    print("iscoroutinefunction:", asyncio.iscoroutinefunction(job), asyncio.iscoroutinefunction(make_job))
    print("isfuture:", asyncio.isfuture(task), asyncio.isfuture(fut), asyncio.isfuture(coro), asyncio.isfuture(None))
    print("Task is a Future:", isinstance(task, asyncio.Future), isinstance(fut, asyncio.Task))
    print("loop:", type(loop).__name__, isinstance(loop, asyncio.AbstractEventLoop),
          isinstance(loop, asyncio.BaseEventLoop), isinstance(loop, asyncio.SelectorEventLoop))
    handle = loop.call_later(1, print, "never")
    print(handle, isinstance(handle, asyncio.TimerHandle), isinstance(handle, asyncio.Handle))
    handle.cancel()
    print(handle, handle.cancelled())
    print(asyncio.Future.__module__, asyncio.Task.__module__, asyncio.Future.__name__)
    print(issubclass(asyncio.Task, asyncio.Future), asyncio.Task.__mro__[1].__name__)
    await coro
    await task


asyncio.run(main())
