# The private attributes tutorials read to show a future's and a task's insides: `_state`,
# `_result`, `_exception`, `_callbacks` (None when empty, else (callback, context) pairs:
# a waiting task's is its `task_wakeup`), `_log_traceback` (an exception nobody looked at),
# `_source_traceback` (only in debug mode), a task's `_coro` and `_fut_waiter`.
# Notice `_log_traceback` turns False once `exception()` is called.
import asyncio


async def sleeper(n):
    await asyncio.sleep(n)
    return n


async def wait_on(fut):
    return await fut


def show(label, obj, names):
    for n in names:
        print(label, n, getattr(obj, n))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: None)
    t = asyncio.create_task(sleeper(1), name="s1")
    w = asyncio.create_task(wait_on(fut), name="w")
    await asyncio.sleep(0)
    show("fut", fut, ["_state", "_result", "_exception", "_callbacks", "_log_traceback",
                      "_source_traceback", "_asyncio_future_blocking"])
    cb, ctx = fut._callbacks[1]
    print(cb.__name__, cb.__self__ is w, type(ctx).__name__)
    show("task", t, ["_state", "_fut_waiter", "_must_cancel", "_callbacks", "_result",
                     "_log_destroy_pending"])
    fut.set_result(5)
    show("fut", fut, ["_state", "_result", "_callbacks"])
    await t
    show("task", t, ["_state", "_result", "_coro", "_fut_waiter", "_callbacks"])
    e = loop.create_future()
    e.set_exception(ValueError("x"))
    show("exc", e, ["_state", "_exception", "_log_traceback"])
    e.exception()
    show("exc", e, ["_log_traceback"])
    h = loop.call_later(5, print, "late")
    show("timer", h, ["_when", "_callback", "_args", "_cancelled", "_loop", "_scheduled",
                      "_source_traceback", "_repr"])
    print(type(h._context).__name__)
    h.cancel()
    show("timer", h, ["_callback", "_args", "_cancelled", "_scheduled"])
    h2 = loop.call_soon(print, 1, 2)
    show("handle", h2, ["_callback", "_args", "_cancelled"])
    h2.cancel()
    await w


asyncio.run(main())
