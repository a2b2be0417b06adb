# asyncio.exceptions holds asyncio's exception classes; asyncio re-exports them, and its
# TimeoutError is the built-in one since Python 3.11.
import asyncio
import asyncio.exceptions as ex

print(ex.CancelledError is asyncio.CancelledError, ex.TimeoutError is TimeoutError)
print(ex.BrokenBarrierError.__mro__[1].__name__, ex.BrokenBarrierError.__module__)
print(ex.InvalidStateError.__module__, issubclass(ex.CancelledError, Exception))
try:
    raise ex.BrokenBarrierError("broken")
except RuntimeError as e:
    print(repr(e))
