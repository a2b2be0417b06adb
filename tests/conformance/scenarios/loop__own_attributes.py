# The event loop takes the program's own attributes (CPython's loop is an instance of a
# Python class): an app keeps shared state on it and callbacks read it back. `del` removes
# one; the loop's own settings (slow_callback_duration) stay what they are.
import asyncio


def on_tick(loop):
    loop.app_state["ticks"] += 1


async def main():
    loop = asyncio.get_running_loop()
    loop.app_state = {"ticks": 0}
    for i in range(3):
        loop.call_later(0.1 * i, on_tick, loop)
    await asyncio.sleep(0.5)
    print(loop.app_state, hasattr(loop, "app_state"))
    del loop.app_state
    print(hasattr(loop, "app_state"))
    try:
        del loop.app_state
    except AttributeError as e:
        print(e)
    loop.slow_callback_duration = 0.25
    print(loop.slow_callback_duration, loop.get_debug())


asyncio.run(main())
