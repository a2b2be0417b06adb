"""multiprocessing.synchronize: locks, semaphores, conditions, events and barriers between
simulated processes. CPython builds them on POSIX semaphores shared by the forked processes;
here a fork shares the library's objects, so each is `threading`'s primitive, seen by every
process, with multiprocessing's reprs and errors."""

import threading

from . import process

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']


def _me():
    """Who holds a lock, as CPython's reprs name it: the process, and the thread when it is
    not the process's main thread."""
    name = process.current_process().name
    thread = threading.current_thread().name
    if thread != 'MainThread':
        name += '|' + thread
    return name


class Semaphore(object):

    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = threading.Condition(threading.Lock())
        self._value = value
        self._owner = None

    def acquire(self, block=True, timeout=None):
        with self._cond:
            if self._value == 0:
                if not block:
                    return False
                if timeout is not None and timeout < 0:
                    timeout = 0
                if not self._cond.wait_for(lambda: self._value > 0, timeout):
                    return False
            self._value -= 1
            self._owner = (process.current_process(), threading.get_ident())
            return True

    def release(self):
        with self._cond:
            self._check_release()
            self._value += 1
            self._owner = None
            self._cond.notify()

    def _check_release(self):
        pass

    def get_value(self):
        return self._value

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        return self.release()

    def __repr__(self):
        return '<%s(value=%s)>' % (self.__class__.__name__, self._value)


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1, *, ctx=None):
        Semaphore.__init__(self, value)
        self._maxvalue = value

    def _check_release(self):
        if self._value >= self._maxvalue:
            raise ValueError('semaphore or lock released too many times')

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (self.__class__.__name__, self._value,
                                                self._maxvalue)


class Lock(BoundedSemaphore):

    def __init__(self, *, ctx=None):
        BoundedSemaphore.__init__(self, 1)

    def __repr__(self):
        if self._value == 1:
            owner = 'None'
        elif self._owner == (process.current_process(), threading.get_ident()):
            owner = _me()
        elif self._owner is not None and self._owner[0] is process.current_process():
            owner = 'SomeOtherThread'
        else:
            owner = 'SomeOtherProcess'
        return '<%s(owner=%s)>' % (self.__class__.__name__, owner)


class RLock(object):

    def __init__(self, *, ctx=None):
        self._lock = Lock()
        self._holder = None
        self._count = 0

    def _mine(self):
        return self._holder == (process.current_process(), threading.get_ident())

    def acquire(self, block=True, timeout=None):
        if self._count and self._mine():
            self._count += 1
            return True
        if not self._lock.acquire(block, timeout):
            return False
        self._holder = (process.current_process(), threading.get_ident())
        self._count = 1
        return True

    def release(self):
        if not self._count or not self._mine():
            raise AssertionError('attempt to release recursive lock not owned by thread')
        self._count -= 1
        if self._count == 0:
            self._holder = None
            self._lock.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        return self.release()

    # What a Condition over it calls to wait (as threading's RLock offers).
    def _is_owned(self):
        return self._count > 0 and self._mine()

    def _release_save(self):
        state = (self._count, self._holder)
        self._count = 0
        self._holder = None
        self._lock.release()
        return state

    def _acquire_restore(self, state):
        self._lock.acquire()
        self._count, self._holder = state

    def __repr__(self):
        if self._count and self._mine():
            owner, count = _me(), self._count
        elif self._count == 0:
            owner, count = 'None', 0
        elif self._holder[0] is process.current_process():
            owner, count = 'SomeOtherThread', 'nonzero'
        else:
            owner, count = 'SomeOtherProcess', 'nonzero'
        return '<%s(%s, %s)>' % (self.__class__.__name__, owner, count)


class Condition(threading.Condition):
    """threading's condition over a multiprocessing lock (an `RLock` by default)."""

    def __init__(self, lock=None, *, ctx=None):
        super().__init__(lock if lock is not None else RLock())


class Event(threading.Event):

    def __init__(self, *, ctx=None):
        super().__init__()


class Barrier(threading.Barrier):

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        super().__init__(parties, action, timeout)
