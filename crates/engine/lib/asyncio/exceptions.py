"""asyncio's exceptions: the native ones (CancelledError, InvalidStateError, ...) and those
the native core never raises, which carry data (IncompleteReadError, LimitOverrunError) or
belong to the Python layer (BrokenBarrierError)."""

from asyncio import (
    CancelledError,
    InvalidStateError,
    TimeoutError,
    SendfileNotAvailableError,
)

__all__ = ('BrokenBarrierError',
           'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted or reset while tasks waited on it."""


class IncompleteReadError(EOFError):
    """The stream ended before `expected` bytes arrived; `partial` holds what did."""

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {wanted} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """The buffer limit was reached while looking for a separator."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)
