# except* in coroutines: a handler may await, and a task cancelled while a handler awaits
# ends cancelled (the CancelledError is grouped with whatever part of the group nobody
# handled, so a lone cancellation stays a plain CancelledError). Notice the virtual times.
import asyncio


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def collect():
    results = await asyncio.gather(fail(0.1, ValueError("v")), fail(0.2, OSError("o")), return_exceptions=True)
    raise ExceptionGroup("collected", results)


async def slow_handler(handle_all):
    try:
        await collect()
    except* ValueError as g:
        print("handling", g.exceptions, "slowly")
        await asyncio.sleep(1)
        print("not reached: cancelled while handling")
    except* OSError as g:
        if not handle_all:
            raise
        print("OSError handled")


async def main():
    try:
        await collect()
    except* OSError as g:
        await asyncio.sleep(0.5)
        print("after awaiting in the handler:", repr(g))
    except* ValueError:
        print("ValueError part")
    for handle_all in (True, False):
        task = asyncio.create_task(slow_handler(handle_all))
        await asyncio.sleep(0.5)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("task cancelled:", task.cancelled())
        except BaseExceptionGroup as eg:
            print("task failed with", repr(eg))


asyncio.run(main())
