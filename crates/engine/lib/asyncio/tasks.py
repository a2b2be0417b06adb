"""The parts of asyncio.tasks CPython writes in Python: wait, as_completed and shield, and
sleep, gather and wait_for, which run natively as accelerators (as CPython's _asyncio) unless
the run's `python_asyncio` setting asks for these Python versions. The functions stand on
CPython 3.11.7's lines, and the awaits of wait, _wait and as_completed's _wait_for_one too
(blank lines pad them): task reprs show them (`wait() running at <stdlib>/asyncio/tasks.py:428`)."""

from asyncio import (
    Task,
    create_task,
    current_task,
    all_tasks,
    ensure_future,
    get_running_loop,
    get_event_loop,
    isfuture,
    iscoroutine,
    _gathering_future,
)
from . import exceptions

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
           'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep',
           'gather', 'shield', 'ensure_future', 'current_task', 'all_tasks')

# concurrent.futures' constants, which asyncio shares.
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


















































































































































































































































































































































































async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks in `fs`; return (done, pending) sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    # (Blank lines: the await below stands on CPython's line, which task reprs show.)
















    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Wait for `fut` to finish, at most `timeout` seconds; cancel it and raise TimeoutError
    when the time is up."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)  # cpython: asyncio/tasks.py:467
    cb = _release_waiter_cb(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()



def _release_waiter_cb(waiter):
    """functools.partial(_release_waiter, waiter), as CPython's wait_for makes it (reprs show
    it as `_release_waiter(<Future ...>)()`). functools is imported here, not at the top: only
    the Python-source wait_for (the python_asyncio setting) needs it."""
    import functools
    return functools.partial(_release_waiter, waiter)























async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        # cpython: asyncio/tasks.py:516
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    # (Blank lines: the await below stands on CPython's line, which task reprs show.)




    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending

async def _cancel_and_wait(fut, loop):
    """Cancel `fut` and wait until it is done (it may not finish at once)."""
    waiter = loop.create_future()
    cb = _release_waiter_cb(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)







def as_completed(fs, *, timeout=None):
    """Yield awaitables that give the results of `fs` in the order they finish."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    done = Queue()
    try:
        loop = get_running_loop()
    except RuntimeError:
        loop = get_event_loop()
    # In the order given, each awaitable once (a dict as an ordered set): CPython iterates
    # a set here, whose order follows addresses; the tasks it creates would be numbered in
    # an order no run can repeat.
    todo = {}
    for f in fs:
        if f not in todo:
            todo[f] = None
    todo = {ensure_future(f, loop=loop): None for f in todo}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # None tells _wait_for_one the time is up.
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # _on_timeout() came first.
        del todo[f]
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    # (Blank lines: _wait_for_one stands on CPython's line, which task reprs show.)







    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)  # cpython: asyncio/tasks.py:620
    for _ in range(len(todo)):
        yield _wait_for_one()















async def sleep(delay, result=None):
    """Coroutine that completes after `delay` seconds, returning `result`."""
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)  # cpython: asyncio/tasks.py:645
    try:
        return await future
    finally:
        h.cancel()



class _Sleep0:
    """An awaitable that yields None once (CPython's `__sleep0`): the task gives up the loop
    for one iteration and steps again."""

    __slots__ = ()

    def __await__(self):
        yield


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)






























































def gather(*coros_or_futures, return_exceptions=False):
    """A future aggregating the results of the given awaitables, in argument order."""
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark the exception retrieved: the gathering future is gone or done.
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for fut in children:
                if fut.cancelled():
                    message = fut._cancel_message
                    res = exceptions.CancelledError('' if message is None else message)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)
            if outer._cancel_requested:
                # `fut` is the last child here, as in CPython's loop variable.
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                # A task gather made: its "destroyed but pending" report would be noise.
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    # The native _GatheringFuture: cancelling it cancels the children.
    outer = _gathering_future(children, loop)
    return outer



























































def shield(arg):
    """A future that follows `arg` but whose cancellation does not cancel `arg`."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                # Mark the exception retrieved: nobody will ask for it.
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


































# --- Threads (issue 14) ---------------------------------------------------------------------

def run_coroutine_threadsafe(coro, loop):
    """From another thread: run `coro` as a task of `loop` (scheduled with
    call_soon_threadsafe) and return a concurrent.futures.Future for its outcome."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    from . import futures
    future = concurrent.futures.Future()

    def callback():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future
