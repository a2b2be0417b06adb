# The coroutine asyncio.sleep() returns is a coroutine like any other: named "sleep", with
# cr_running False while it waits, a state inspect can tell, and a repr that a task shows.
# A wait_for() closed before it ran leaves the sleep() it was given never awaited.
# Notice the RuntimeWarning points at the close() line.
import asyncio
import inspect


async def main():
    c = asyncio.sleep(1)
    print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, asyncio.iscoroutine(c))
    print(inspect.getcoroutinestate(c))
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print(t.get_coro() is c, c.cr_running, inspect.getcoroutinestate(c))
    w = asyncio.wait_for(asyncio.sleep(1), 2)
    print(w.__qualname__, w.cr_running)
    w.close()
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), inspect.getcoroutinestate(c))


asyncio.run(main())
