"""ThreadPoolExecutor: a work queue and up to `max_workers` threads taking items from it.

A worker is started by submit() only when no worker is idle (the idle semaphore, which a
worker releases after each item) and fewer than max_workers exist; workers are named
`PREFIX_N`. At interpreter shutdown every pool's workers get a `None` and are joined."""

from . import _base
import itertools
import queue
import threading
import os; from _thread import _trace_executor

# Every worker thread and its pool's work queue, for the shutdown below (CPython keeps them in
# a WeakKeyDictionary; the executors here are never collected while a worker runs).
_threads_queues = {}
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# Runs before the non-daemon threads are joined.
threading._register_atexit(_python_exit)


class _WorkItem(object):
    """One submitted call and the future it reports to."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # The exception's traceback holds this frame: break the cycle.
            self = None
        else:
            self.future.set_result(result)

    # _WorkItem[int] in annotations: a types.GenericAlias (types imported only when used).
    @classmethod
    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            return
    try:
        while True:
            work_item = work_queue.get(block=True); _trace_executor(executor, 'take', work_item)
            if work_item is not None:
                work_item.run()
                del work_item; _trace_executor(executor, 'done', None)
                # Idle again: the next submit() reuses this worker instead of starting one.
                executor._idle_semaphore.release()
                continue
            # A None: the pool or the interpreter shuts down. Pass it on to the next worker.
            if _shutdown or executor._shutdown:
                executor._shutdown = True
                work_queue.put(None); _trace_executor(executor, 'exit', None)
                return
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool takes no more work."""


class ThreadPoolExecutor(_base.Executor):

    # Numbers the pools made without a thread_name_prefix: ThreadPoolExecutor-0, -1, ...
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            # os.cpu_count() is 8 in the virtual machine: 12 workers.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w); _trace_executor(self, 'submit', w)
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # An idle worker will take the item: no new thread (a timeout of 0 never blocks).
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self,
                                       self._work_queue,
                                       self._initializer,
                                       self._initargs))
            # The new worker runs at once and takes the first queued item.
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel(); _trace_executor(self, 'cancel', work_item)
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
