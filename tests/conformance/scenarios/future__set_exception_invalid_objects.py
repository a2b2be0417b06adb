# set_exception() takes an exception class (instantiated) or instance; an instance of any
# other class, a plain class, an int or None is "invalid exception object", and the future
# stays pending.
import asyncio


class NotAnError:
    pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for bad in (NotAnError(), NotAnError, 42, None, "text"):
        try:
            fut.set_exception(bad)
        except TypeError as e:
            print(type(bad).__name__, "->", e)
    print(fut)
    fut.set_exception(KeyError)
    print(fut, repr(fut.exception()))
    try:
        await fut
    except KeyError as e:
        print("awaited:", repr(e))


asyncio.run(main())
