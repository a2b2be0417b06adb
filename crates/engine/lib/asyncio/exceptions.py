"""asyncio's exceptions: the native ones (CancelledError, InvalidStateError, ...) and those
CPython defines in Python that the native core never raises."""

from asyncio import (
    CancelledError,
    InvalidStateError,
    TimeoutError,
    IncompleteReadError,
    LimitOverrunError,
    SendfileNotAvailableError,
)

__all__ = ('BrokenBarrierError',
           'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted or reset while tasks waited on it."""
