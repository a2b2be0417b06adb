# Task.get_stack/print_stack take keyword-only arguments; a handle's methods take none (the
# Python methods of CPython's Handle/TimerHandle, named by the class defining them).
import asyncio


async def main():
    t = asyncio.current_task()
    loop = asyncio.get_running_loop()
    h = loop.call_later(1, print)
    s = loop.call_soon(print)
    calls = [
        lambda: t.get_stack(1), lambda: t.print_stack(1), lambda: t.get_stack(limit=1, x=2),
        lambda: t.get_stack(x=2), lambda: t.print_stack(limit=1, file=None, x=1),
        lambda: h.cancel(1), lambda: s.cancel(1), lambda: h.when(1), lambda: h.cancelled(x=1),
        lambda: s.cancelled(1), lambda: len(t.get_stack(limit=1)),
    ]
    for call in calls:
        try:
            print("ok", call())
        except TypeError as e:
            print("TypeError:", e)
    h.cancel()
    s.cancel()
    print(h.cancelled(), s.cancelled(), h.when() > 0)


asyncio.run(main())
