# A callback that is a bound built-in method is named by its __qualname__, class included:
# <Handle Future.set_result(1)>, <TimerHandle ... Future.cancel()>. The C classes are
# _asyncio.Future and _asyncio.Task in a bound method's repr and in AttributeError messages.
# Notice main's own task shows up as Task.get_name.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.current_task()
    print(repr(loop.call_soon(fut.set_result, 1)))
    print(repr(loop.call_later(0.5, fut.cancel)))
    print(repr(loop.call_soon(task.get_name)))
    print(fut.set_result)
    try:
        fut.nope
    except AttributeError as e:
        print(e)
    await asyncio.sleep(0.1)
    print(fut.result())


asyncio.run(main())
