"""Tracing where objects are created (CPython's `tracemalloc`, written for Loopscope).

What asyncio programs use it for works: after `tracemalloc.start()`, a coroutine that was
never awaited is reported with the frames that created it. Memory sizes, snapshots and
statistics are CPython's allocator's business and are not modelled: those names stop the run
as not supported yet.
"""

from _tracemalloc import clear_traces, get_traceback_limit, is_tracing, start, stop


def get_object_traceback(obj):
    from asyncio import _unsupported

    _unsupported("tracemalloc.get_object_traceback")


def get_traced_memory():
    from asyncio import _unsupported

    _unsupported("tracemalloc.get_traced_memory (memory sizes are not modelled)")


def get_tracemalloc_memory():
    from asyncio import _unsupported

    _unsupported("tracemalloc.get_tracemalloc_memory (memory sizes are not modelled)")


def reset_peak():
    from asyncio import _unsupported

    _unsupported("tracemalloc.reset_peak (memory sizes are not modelled)")


def take_snapshot():
    from asyncio import _unsupported

    _unsupported("tracemalloc.take_snapshot (memory sizes are not modelled)")
