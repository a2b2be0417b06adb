"""multiprocessing.pool: a pool of worker processes (CPython's pool.py, written for simulated
processes). Tasks go to the workers through one pipe and results come back through another
(pickled both ways); a result-handler thread in the parent hands them to the waiting
`AsyncResult`s. `map` cuts its input into chunks as CPython does."""

import itertools
import os
import threading

from . import process as _process
from .context import TimeoutError
from .context import ForkProcess

__all__ = ['Pool', 'ThreadPool']

RUN = 0
CLOSE = 1
TERMINATE = 2

job_counter = itertools.count()


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    """A result that could not be pickled back to the parent."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


# Written as comprehensions (not `list(map(...))`) so that the calls run in the worker's own
# interpreter loop: a simulated process that is mid-task can then give its core away.
def mapstar(args):
    func, batch = args
    return [func(x) for x in batch]


def starmapstar(args):
    func, batch = args
    return [func(*x) for x in batch]


def _remote(e):
    """An exception and its traceback as text, to rebuild in the parent."""
    import traceback
    text = ''.join(traceback.format_exception(type(e), e, e.__traceback__))
    return (e, '\n"""\n%s"""' % text)


def worker(inqueue, outqueue, initializer=None, initargs=()):
    """A worker process's main loop: take a task, run it, send the result back."""
    if initializer is not None:
        initializer(*initargs)
    while True:
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, _remote(e))
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            outqueue.put((job, i, (False, (wrapped, None))))


def _handle_workers(done):
    done.wait()


def _handle_tasks(done):
    done.wait()


def _handle_results(outqueue, cache):
    while True:
        item = outqueue.get()
        if item is None:
            return
        job, i, (ok, value) = item
        if not ok:
            exc, tb = value
            if tb is not None:
                exc.__cause__ = RemoteTraceback(tb)
            value = exc
        result = cache.get(job)
        if result is not None:
            result._set(i, (ok, value))


class Pool(object):
    """A pool of `processes` worker processes (default: the cores, `os.cpu_count()`)."""

    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = RUN
        self._cache = {}
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
            import _loopscope_processes
            _loopscope_processes.unsupported('`Pool(maxtasksperchild=...)`')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._inqueue = _process._Pipe()
        self._outqueue = _process._Pipe()
        for _ in range(processes):
            w = ForkProcess(target=worker,
                            args=(self._inqueue, self._outqueue, initializer, initargs))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)
        # CPython's pool has three threads; the first two (workers' and tasks' handlers)
        # have nothing to do here but are there to be seen, and numbered, as in CPython.
        self._handlers_done = threading.Event()
        self._worker_handler = threading.Thread(target=_handle_workers,
                                                args=(self._handlers_done,))
        self._task_handler = threading.Thread(target=_handle_tasks,
                                              args=(self._handlers_done,))
        self._result_handler = threading.Thread(target=_handle_results,
                                                args=(self._outqueue, self._cache))
        for t in (self._worker_handler, self._task_handler, self._result_handler):
            t.daemon = True
            t.start()

    def __repr__(self):
        cls = self.__class__
        state = {RUN: 'RUN', CLOSE: 'CLOSE', TERMINATE: 'TERMINATE'}[self._state]
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={state} pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, result, tasks):
        """Sends `tasks` (index, func, args); a task that cannot be pickled fails its result,
        as CPython's task handler does."""
        for i, func, args in tasks:
            try:
                self._inqueue.put((result._job, i, func, args, {}))
            except Exception as e:
                result._set(i, (False, e))

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        try:
            self._inqueue.put((result._job, 0, func, tuple(args), dict(kwds)))
        except Exception as e:
            result._set(0, (False, e))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback,
                               error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        batches = _chunks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback, error_callback)
        self._submit(result, [(i, mapper, (batch,)) for i, batch in enumerate(batches)])
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = IMapIterator(self, ordered)
        batches = list(_chunks(func, iterable, chunksize))
        result._set_length(len(batches))
        self._submit(result, [(i, mapstar, (batch,)) for i, batch in enumerate(batches)])
        return result

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        """Kills the workers, whatever they are doing (what leaving `with Pool()` does)."""
        if self._state != TERMINATE:
            self._state = TERMINATE
            for w in self._pool:
                if w.exitcode is None:
                    w.terminate()
            self._stop_handlers()

    def _stop_handlers(self):
        for w in self._pool:
            w.join()
        self._outqueue.put(None)
        self._handlers_done.set()
        self._worker_handler.join()
        self._task_handler.join()
        self._result_handler.join()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        if not self._handlers_done.is_set():
            self._stop_handlers()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


def _chunks(func, iterable, size):
    it = iter(iterable)
    while True:
        x = tuple(itertools.islice(it, size))
        if not x:
            return
        yield (func, x)


class ApplyResult(object):

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None

    __class_getitem__ = classmethod(lambda cls, item: cls)


AsyncResult = ApplyResult


class MapResult(ApplyResult):

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator(object):
    """The results of `imap` (in input order) or `imap_unordered` (as they come), one chunk
    of results at a time."""

    def __init__(self, pool, ordered=True):
        import collections
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._ordered = ordered
        self._index = 0
        self._unsorted = {}
        self._length = None
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while not self._items:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                if not self._items and timeout is not None:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise TimeoutError from None
            success, value = self._items.popleft()
        if success:
            return value
        raise value

    __next__ = next

    def _take(self, obj):
        success, value = obj
        if success:
            self._items.extend((True, v) for v in value)
        else:
            self._items.append((False, value))

    def _set(self, i, obj):
        with self._cond:
            if self._ordered:
                self._unsorted[i] = obj
                while self._index in self._unsorted:
                    self._take(self._unsorted.pop(self._index))
                    self._index += 1
            else:
                self._take(obj)
                self._index += 1
            self._cond.notify()
            if self._index == self._length:
                self._cache.pop(self._job, None)
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                self._cache.pop(self._job, None)
                self._pool = None


IMapUnorderedIterator = IMapIterator


class ThreadPool(Pool):
    def __init__(self, processes=None, initializer=None, initargs=()):
        import _loopscope_processes
        _loopscope_processes.unsupported('`multiprocessing.pool.ThreadPool`')
