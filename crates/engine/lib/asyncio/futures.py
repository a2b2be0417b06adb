"""asyncio.futures: the Future class is native (CPython's `_asyncio.Future`); what is Python
here is the bridge to concurrent.futures: wrap_future() and the chaining of two futures, each
possibly of either kind, across threads."""

from asyncio import Future, isfuture, get_event_loop
import concurrent.futures
from . import exceptions

__all__ = ('Future', 'wrap_future', 'isfuture')

_CFuture = Future


def _get_loop(fut):
    return fut.get_loop()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _convert_future_exc(exc):
    # concurrent.futures' own exceptions become asyncio's (the others pass unchanged).
    exc_class = type(exc)
    if exc_class is concurrent.futures.CancelledError:
        return exceptions.CancelledError(*exc.args)
    elif exc_class is concurrent.futures.TimeoutError:
        return exceptions.TimeoutError(*exc.args)
    elif exc_class is concurrent.futures.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args)
    return exc


def _set_concurrent_future_state(concurrent, source):
    # An asyncio future's outcome into a concurrent.futures.Future.
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())


def _copy_future_state(source, dest):
    # A finished future's outcome (either kind) into an asyncio future not done yet.
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())


def _chain_future(source, destination):
    """When `source` ends, `destination` gets its outcome; when `destination` is cancelled,
    `source` is too. An asyncio future is only touched from its loop's thread: across
    threads the step goes through that loop's call_soon_threadsafe."""
    if not isfuture(source) and not isinstance(source, concurrent.futures.Future):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not isinstance(destination, concurrent.futures.Future):
        raise TypeError('A future is required for destination argument')
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """An asyncio future that follows a concurrent.futures.Future (an asyncio future is
    returned as it is)."""
    if isfuture(future):
        return future
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future
