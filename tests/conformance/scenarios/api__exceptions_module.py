# asyncio's exceptions live in the asyncio.exceptions module and are re-exported at the
# top level. CancelledError is a BaseException (so `except Exception` misses it), and
# asyncio.TimeoutError is the builtin TimeoutError since 3.11.
# Notice each class's bases and the messages of the ones that take arguments.
import asyncio

ex = asyncio.exceptions
for name in ("CancelledError", "InvalidStateError", "TimeoutError", "IncompleteReadError",
             "LimitOverrunError", "SendfileNotAvailableError", "BrokenBarrierError"):
    cls = getattr(ex, name)
    print(name, cls is getattr(asyncio, name), [b.__name__ for b in cls.__mro__[1:]])
print("all:", ex.__all__)
err = asyncio.IncompleteReadError(b"abc", 10)
print(repr(str(err)), err.partial, err.expected)
print(str(asyncio.IncompleteReadError(b"", None)))
over = asyncio.LimitOverrunError("separator not found", 42)
print(str(over), over.consumed)
try:
    try:
        raise asyncio.CancelledError("stop")
    except Exception:
        print("not reached: CancelledError is not an Exception")
except BaseException as e:
    print("caught as BaseException:", repr(e))
