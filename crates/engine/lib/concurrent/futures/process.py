"""ProcessPoolExecutor: calls run in a pool of worker processes (CPython's
concurrent/futures/process.py, written for simulated processes, `multiprocessing`).

Calls go to the workers through one pipe and results come back through another, pickled
both ways; a manager thread in the parent sets the futures. The workers start with the first
`submit` (all `max_workers` of them: the fork start method), named `ForkProcess-N`."""

import collections
import itertools
import os
import threading

from concurrent.futures import _base
import multiprocessing as mp
from multiprocessing import process as _mp_process
from multiprocessing.context import ForkProcess

_global_shutdown = False
EXTRA_QUEUED_CALLS = 1


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class BrokenProcessPool(_base.BrokenExecutor):
    """A process of the pool ended abruptly."""


def _with_traceback_text(e):
    import traceback
    text = ''.join(traceback.format_exception(type(e), e, e.__traceback__))
    return '\n"""\n%s"""' % text


def _process_worker(call_queue, result_queue, initializer, initargs):
    """A worker process's main loop: run calls until the `None` that says stop."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            return
    while True:
        item = call_queue.get()
        if item is None:
            return
        work_id, fn, args, kwargs = item
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            result_queue.put((work_id, (e, _with_traceback_text(e)), None))
        else:
            try:
                result_queue.put((work_id, None, r))
            except BaseException as e:
                result_queue.put((work_id, (e, _with_traceback_text(e)), None))


def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


def _get_chunks(*iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


class _ExecutorManagerThread(threading.Thread):
    """The parent's thread that waits for results (unnamed: `Thread-N`, as in CPython)."""

    def __init__(self, executor):
        self._executor = executor
        super().__init__()

    def run(self):
        self._executor._manage()


class ProcessPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if mp_context is not None and mp_context.get_start_method(allow_none=False) != 'fork':
            import _loopscope_processes
            _loopscope_processes.unsupported('a ProcessPoolExecutor start method other than fork')
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
            import _loopscope_processes
            _loopscope_processes.unsupported('`ProcessPoolExecutor(max_tasks_per_child=...)`')
        self._initializer = initializer
        self._initargs = initargs
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._call_queue = _mp_process._Pipe()
        self._result_queue = _mp_process._Pipe()
        self._executor_manager_thread = None
        self._waiting_ids = collections.deque()
        self._waiting_calls = {}
        self._in_flight = set()
        self._feed_lock = threading.Lock()
        self._stopping = False
        self._stop_sent = False
        self._queue_closed = threading.Event()

    def _start_executor_manager_thread(self):
        if self._executor_manager_thread is None:
            for _ in range(self._max_workers):
                p = ForkProcess(target=_process_worker,
                                args=(self._call_queue, self._result_queue,
                                      self._initializer, self._initargs))
                p.start()
                self._processes[p.pid] = p
            t = _ExecutorManagerThread(self)
            t.start()
            self._executor_manager_thread = t
            # CPython's call queue feeds its pipe from a thread of its own: here the pipe
            # needs none, but the thread is there to be seen, as in CPython.
            feeder = threading.Thread(target=self._queue_closed.wait, name='QueueFeederThread',
                                      daemon=True)
            feeder.start()
            _executors.append(self)

    def _manage(self):
        """The manager thread: hands each result to its future, until told to stop."""
        while True:
            item = self._result_queue.get()
            if item is None:
                return
            work_id, exc, r = item
            self._in_flight.discard(work_id)
            f = self._pending_work_items.pop(work_id, None)
            if f is not None:
                if exc is not None:
                    e, tb = exc
                    e.__cause__ = _RemoteTraceback(tb)
                    f.set_exception(e)
                else:
                    f.set_result(r)
            self._feed()

    def _feed(self):
        """Moves waiting calls into the workers' pipe, at most `max_workers + 1` there at a
        time (CPython's call queue): a call becomes running when it moves; one still waiting
        can be cancelled."""
        with self._feed_lock:
            while self._waiting_ids and len(self._in_flight) < self._max_workers + EXTRA_QUEUED_CALLS:
                work_id = self._waiting_ids.popleft()
                item = self._waiting_calls.pop(work_id)
                f = self._pending_work_items.get(work_id)
                if f is None or not f.set_running_or_notify_cancel():
                    self._pending_work_items.pop(work_id, None)
                    continue
                try:
                    self._call_queue.put((work_id,) + item)
                except BaseException as e:
                    # CPython's queue feeder fails the future with the pickling error.
                    self._pending_work_items.pop(work_id, None)
                    e.__cause__ = _RemoteTraceback(_with_traceback_text(e))
                    f.set_exception(e)
                    continue
                self._in_flight.add(work_id)
            if self._stopping and not self._waiting_ids and not self._stop_sent:
                # Every call is in the pipe: then one stop for each worker.
                self._stop_sent = True
                for _ in self._processes:
                    self._call_queue.put(None)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            work_id = self._queue_count
            self._queue_count += 1
            self._pending_work_items[work_id] = f
            self._waiting_calls[work_id] = (fn, args, kwargs)
            self._waiting_ids.append(work_id)
            self._start_executor_manager_thread()
        self._feed()
        return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        if timeout is not None:
            import time
            end_time = timeout + time.monotonic()
        fs = [self.submit(_process_chunk, fn, chunk)
              for chunk in _get_chunks(*iterables, chunksize=chunksize)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        chunk = _base._result_or_cancel(fs.pop())
                    else:
                        import time
                        chunk = _base._result_or_cancel(fs.pop(), end_time - time.monotonic())
                    yield from chunk
            finally:
                for future in fs:
                    future.cancel()

        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            if self._shutdown_thread:
                already = True
            else:
                already = False
                self._shutdown_thread = True
        if cancel_futures:
            with self._feed_lock:
                while self._waiting_ids:
                    work_id = self._waiting_ids.popleft()
                    self._waiting_calls.pop(work_id, None)
                    f = self._pending_work_items.pop(work_id, None)
                    if f is not None:
                        f.cancel()
        if not already and self._executor_manager_thread is not None:
            self._stopping = True
            self._feed()
        if wait and self._executor_manager_thread is not None:
            for p in list(self._processes.values()):
                p.join()
            if self._executor_manager_thread.is_alive():
                self._result_queue.put(None)
                self._executor_manager_thread.join()
            self._queue_closed.set()
        if wait:
            self._processes = {}
    shutdown.__doc__ = _base.Executor.shutdown.__doc__


def _python_exit():
    global _global_shutdown
    _global_shutdown = True
    for executor in list(_executors):
        executor.shutdown(wait=True)


_executors = []
threading._register_atexit(_python_exit)
