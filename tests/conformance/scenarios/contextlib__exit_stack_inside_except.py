# ExitStack and AsyncExitStack closed inside an except block: a cleanup's exception chains
# to the cleanup that failed before it, never to the exception being handled around the
# stack (CPython takes that one from sys.exc_info()); a generator-based manager's __exit__
# called by hand builds the exception from the type and value it is given.
import asyncio
import contextlib
import io


def fail(message):
    raise ValueError(message)


def cleanups_inside_handler(count):
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            with contextlib.ExitStack() as stack:
                for i in range(1, count + 1):
                    stack.callback(fail, f"cb{i}")
        except ValueError as e:
            print(count, repr(e), repr(e.__context__))


cleanups_inside_handler(1)
cleanups_inside_handler(2)
cleanups_inside_handler(3)


@contextlib.contextmanager
def catching():
    try:
        yield "value"
    except IndexError as e:
        print("got", type(e).__name__, e.args)


manager = catching()
manager.__enter__()
print("suppressed:", manager.__exit__(IndexError, "msg", None))


async def remove(name):
    await asyncio.sleep(0.01)
    raise OSError(f"cannot remove {name}")


async def main():
    try:
        raise ConnectionError("upload failed")
    except ConnectionError:
        try:
            async with contextlib.AsyncExitStack() as stack:
                stack.push_async_callback(remove, "a")
                stack.push_async_callback(remove, "b")
        except OSError as e:
            print("async:", repr(e), repr(e.__context__), repr(e.__context__.__context__))
    with contextlib.redirect_stdout(None):
        print("dropped")
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        print("kept")
    print("captured:", repr(buffer.getvalue()))
    print(contextlib.AbstractContextManager[str], contextlib.AbstractAsyncContextManager[int])


asyncio.run(main())
