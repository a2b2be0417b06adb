# asyncio's functions and loop methods that CPython writes in Python fail a wrong call as a
# Python function does: "BaseEventLoop.call_later() missing 1 required positional argument:
# 'callback'", "sleep() takes from 1 to 2 positional arguments but 3 were given". The few
# written in C (get_running_loop) name their module: "_asyncio.get_running_loop()".
# Notice keywords work too: call_later(callback=print, delay=1).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    calls = [
        lambda: asyncio.sleep(1, 2, 3), lambda: asyncio.sleep(0, 1, result=2),
        lambda: asyncio.wait_for(1), lambda: asyncio.wait_for(timeout=1),
        lambda: asyncio.ensure_future(), lambda: asyncio.ensure_future(1, 2),
        lambda: asyncio.create_task(), lambda: asyncio.iscoroutine(),
        lambda: asyncio.all_tasks(1, 2), lambda: asyncio.current_task(1, 2),
        lambda: asyncio.get_running_loop(1), lambda: asyncio.get_event_loop(1),
        lambda: asyncio.new_event_loop(1), lambda: asyncio.set_event_loop(),
        lambda: loop.time(1), lambda: loop.is_running(1), lambda: loop.close(1),
        lambda: loop.call_soon(), lambda: loop.call_soon(print, x=2),
        lambda: loop.call_later(), lambda: loop.call_later(1, print, delay=2),
        lambda: loop.call_at(1), lambda: loop.create_future(1), lambda: loop.create_task(),
        lambda: loop.set_debug(), lambda: loop.run_until_complete(),
        lambda: loop.set_exception_handler(), lambda: loop.call_exception_handler(),
    ]
    for call in calls:
        try:
            call()
        except TypeError as e:
            print(e)
    print(loop.call_later(callback=print, delay=1).when())
    print(loop.call_at(when=2.5, callback=print).when())
    sleeper = asyncio.sleep(delay=0, result="slept")
    print(await sleeper, await asyncio.wait_for(fut=asyncio.sleep(0), timeout=1))


asyncio.run(main())
