# main catches a future's exception, then two tasks await the same failed future. Each
# `result()` hands the exception out again with a fresh traceback, so the exception no longer
# holds main's frame: when main returns, its list frees the tasks at once (last-first, as a
# list releases its items) and each logs "exception was never retrieved".
import asyncio


class Boom(Exception):
    pass


async def waiter(fut):
    print("waiter got", await fut)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_exception, Boom("stop"))
    try:
        await fut
    except Boom as e:
        print("main caught", repr(e))
    tasks = [asyncio.create_task(waiter(fut)), asyncio.create_task(waiter(fut))]
    done, pending = await asyncio.wait(tasks)
    print("done", len(done), "pending", len(pending))
    del done, pending


asyncio.run(main())
print("after run")
