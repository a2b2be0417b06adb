"""multiprocessing.queues: queues between simulated processes (CPython's queues.py, written
for them). A queue is one object shared by the processes (a fork shares the library's
objects); what is put is pickled then (a copy), where CPython pickles it in a feeder thread
a moment later. `get` waits on a condition, in virtual time."""

import collections
import queue as _queue
import threading

import _loopscope_processes as _procs

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

# SEM_VALUE_MAX on Linux: the size of an unbounded queue.
_UNBOUNDED = 2147483647


class Queue(object):

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = _UNBOUNDED
        self._maxsize = maxsize
        self._items = collections.deque()
        self._cond = threading.Condition(threading.Lock())
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        obj = _procs.pickled_copy(obj)
        with self._cond:
            if len(self._items) >= self._maxsize:
                if not block:
                    raise _queue.Full
                if not self._cond.wait_for(lambda: len(self._items) < self._maxsize, timeout):
                    raise _queue.Full
            self._items.append(obj)
            self._cond.notify_all()

    def get(self, block=True, timeout=None):
        self._check_closed()
        with self._cond:
            if not self._items:
                if not block:
                    raise _queue.Empty
                if timeout is not None and timeout < 0:
                    timeout = 0
                if not self._cond.wait_for(lambda: self._items, timeout):
                    raise _queue.Empty
            item = self._items.popleft()
            self._cond.notify_all()
            return item

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return len(self._items) >= self._maxsize

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):

    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        self._unfinished = 0

    def put(self, obj, block=True, timeout=None):
        Queue.put(self, obj, block, timeout)
        with self._cond:
            self._unfinished += 1

    def task_done(self):
        with self._cond:
            if self._unfinished <= 0:
                raise ValueError('task_done() called too many times')
            self._unfinished -= 1
            self._cond.notify_all()

    def join(self):
        with self._cond:
            self._cond.wait_for(lambda: self._unfinished == 0)


class SimpleQueue(object):

    def __init__(self, *, ctx=None):
        self._items = collections.deque()
        self._cond = threading.Condition(threading.Lock())
        self._closed = False

    def close(self):
        self._closed = True

    def empty(self):
        return not self._items

    def get(self):
        if self._closed:
            raise OSError("handle is closed")
        with self._cond:
            self._cond.wait_for(lambda: self._items)
            return self._items.popleft()

    def put(self, obj):
        obj = _procs.pickled_copy(obj)
        with self._cond:
            self._items.append(obj)
            self._cond.notify_all()
