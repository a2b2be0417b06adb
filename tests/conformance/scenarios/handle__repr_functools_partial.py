# Callbacks wrapped in functools.partial read as CPython's format_helpers writes them: the
# partial is unwrapped, its bound arguments come first and the call's own after, and the
# source location is the wrapped function's (Handle, TimerHandle and done-callback reprs).
import asyncio, functools
def f(a, b=0):
    print("f", a, b)
async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(functools.partial(f, 1, b=2))
    print(repr(h))
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(f, 3))
    print(repr(fut))
    h2 = loop.call_later(1, functools.partial(functools.partial(f), 5), 6)
    print(repr(h2))
    h2.cancel()
    await asyncio.sleep(0)
asyncio.run(main())
