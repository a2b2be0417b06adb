"""The event loop's methods that meet threads, in Python as in CPython's base_events.py (the
loop itself is native): run_in_executor, set_default_executor and shutdown_default_executor.
The native loop's methods call these with the loop first; the loop keeps its default
executor and the "shutdown called" flag natively (`_loop_executor_state`)."""

import concurrent.futures
import threading

from asyncio import _loop_executor_state, _set_loop_executor_state
from . import futures

__all__ = ()


def _check_callback(callback, method):
    from asyncio import iscoroutine, iscoroutinefunction
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError(f"coroutines cannot be used with {method}()")
    if not callable(callback):
        raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')


def run_in_executor(self, executor, func, *args):
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    if self.get_debug():
        _check_callback(func, 'run_in_executor')
    if executor is None:
        executor, shutdown_called = _loop_executor_state(self)
        # Only the default executor refuses work once shut down.
        if shutdown_called:
            raise RuntimeError('Executor shutdown has been called')
        if executor is None:
            executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
            _set_loop_executor_state(self, executor, False)
    return futures.wrap_future(executor.submit(func, *args), loop=self)


def set_default_executor(self, executor):
    if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
        raise TypeError('executor must be ThreadPoolExecutor instance')
    _set_loop_executor_state(self, executor, _loop_executor_state(self)[1])


# shutdown_default_executor: called by the native loop only when it has a default executor
# (otherwise the coroutine returns at once, natively). The pool is shut down (its workers
# joined) in a thread of its own, so the loop keeps running meanwhile. It sits on CPython's
# lines (def 564, await 573), which a pending task's repr shows (a deadlock at shutdown);
# the blank lines below put it there.


































































































































































































































































































































































































































































































































async def shutdown_default_executor(self):
    executor = _loop_executor_state(self)[0]
    _set_loop_executor_state(self, executor, True)
    if executor is None:
        return
    future = self.create_future()
    thread = threading.Thread(target=_do_shutdown, args=(self, executor, future))
    thread.start()
    try:
        await future
    finally:
        thread.join()


shutdown_default_executor.__qualname__ = 'BaseEventLoop.shutdown_default_executor'


def _do_shutdown(self, executor, future):
    try:
        executor.shutdown(wait=True)
        if not self.is_closed():
            self.call_soon_threadsafe(future.set_result, None)
    except Exception as ex:
        if not self.is_closed():
            self.call_soon_threadsafe(future.set_exception, ex)
