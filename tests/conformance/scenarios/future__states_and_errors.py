# A Future is pending until it gets a result, an exception or is cancelled, and then it
# can never change again. Asking too early or setting twice raises InvalidStateError.
# Notice the repr of each state.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut, fut.done(), fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("result() too early:", type(e).__name__, e)
    fut.set_result([1, 2])
    print(fut, fut.done(), fut.result(), fut.exception())
    try:
        fut.set_result(3)
    except asyncio.InvalidStateError as e:
        print("set twice:", e)
    bad = loop.create_future()
    bad.set_exception(KeyError("missing"))
    print(bad, "exception():", repr(bad.exception()))
    gone = loop.create_future()
    print("cancel() returns", gone.cancel(), "then", gone.cancel())
    print(gone, gone.cancelled(), gone.done())
    print("cancel() on a finished future:", fut.cancel())


asyncio.run(main())
