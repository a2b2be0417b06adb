# A coroutine object moves through four states: CREATED (never started), RUNNING (executing
# right now), SUSPENDED (paused at an await) and CLOSED (finished).
# Notice that the watcher sees the worker SUSPENDED while it sleeps, because only one
# coroutine runs at a time: whoever is looking is the one RUNNING.
import asyncio
import inspect

worker_coro = None


async def worker():
    print("worker sees itself:", inspect.getcoroutinestate(worker_coro))
    await asyncio.sleep(1)
    print("worker resumed")
    return 7


async def watcher():
    await asyncio.sleep(0.5)
    print("watcher sees worker:", inspect.getcoroutinestate(worker_coro))


async def main():
    global worker_coro
    worker_coro = worker()
    print("before start:", inspect.getcoroutinestate(worker_coro))
    asyncio.create_task(watcher())
    value = await worker_coro
    print("after await:", inspect.getcoroutinestate(worker_coro), "value", value)


asyncio.run(main())
