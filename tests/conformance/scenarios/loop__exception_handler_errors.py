# A custom exception handler that raises is itself reported by the default handler
# ("Unhandled error in exception handler", with the original context). A handler can
# defer to loop.default_exception_handler(); a context without a message gets
# "Unhandled exception in event loop".
# Notice the nested context repr and the two tracebacks on stderr.
import asyncio


def broken_handler(loop, context):
    print("broken handler sees:", context["message"])
    raise ValueError("handler bug")


def deferring_handler(loop, context):
    print("deferring:", sorted(context))
    loop.default_exception_handler(context)


def bad_callback():
    raise KeyError("cb")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(broken_handler)
    loop.call_exception_handler({"message": "first"})
    loop.set_exception_handler(deferring_handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    loop.call_exception_handler({"note": "no message here"})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": ""})
    print("main done")


asyncio.run(main())
