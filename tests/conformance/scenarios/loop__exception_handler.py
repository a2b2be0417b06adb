# loop.set_exception_handler(handler) routes errors asyncio cannot raise anywhere (an
# exception in a callback, a task exception nobody retrieved) to handler(loop, context).
# call_exception_handler() sends a context there by hand; set_exception_handler(None)
# restores the default, which logs to stderr.
# Notice the context keys, and the default handler's output at the end (keys sorted).
import asyncio


def handler(loop, context):
    keys = sorted(context)
    print("handler got", keys, "|", context["message"], "|", repr(context.get("exception")))


def broken_callback():
    raise ZeroDivisionError("in a callback")


async def main():
    loop = asyncio.get_running_loop()
    print("default handler:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("installed:", loop.get_exception_handler() is handler)
    loop.call_soon(broken_callback)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "by hand", "detail": 7})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(None)
    fut = loop.create_future()
    loop.call_exception_handler({"message": "default output", "zeta": 1, "future": fut,
                                 "exception": KeyError("k"), "alpha": [1, 2]})
    print("main done")


asyncio.run(main())
