# A future's await protocol by hand, as tutorials show it: fut.__await__() is a FutureIter that
# yields the future while it is pending (setting _asyncio_future_blocking) and stops with its
# result; send() is its next, throw() raises at once, close() lets go of the future.
# Notice a second send while still pending is a RuntimeError ("await wasn't used with future").
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    it = fut.__await__()
    print(type(it), type(it).__module__, type(it).__qualname__)
    print(next(it) is fut)
    try:
        it.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        it.throw(ValueError("thrown"))
    except ValueError as e:
        print("ValueError:", e, fut.done())
    try:
        it.throw(KeyError, "k")
    except KeyError as e:
        print("KeyError:", e)
    print(it.close(), fut.done())
    fut.set_exception(OSError("bad"))
    it2 = iter(fut)
    try:
        it2.send(None)
    except OSError as e:
        print("OSError:", e)
    try:
        it.nope
    except AttributeError as e:
        print(e)

asyncio.run(main())
