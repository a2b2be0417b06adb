"""concurrent.futures: run callables in a pool of threads and wait for their results through
futures."""

from ._base import (FIRST_COMPLETED,
                    FIRST_EXCEPTION,
                    ALL_COMPLETED,
                    CancelledError,
                    TimeoutError,
                    InvalidStateError,
                    BrokenExecutor,
                    Future,
                    Executor,
                    wait,
                    as_completed)
from .thread import ThreadPoolExecutor


__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)
