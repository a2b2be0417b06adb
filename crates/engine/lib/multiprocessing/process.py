"""Process objects (CPython's multiprocessing/process.py, written for simulated processes).

`start()` forks: the native `_loopscope_processes.start` makes a process whose `__main__`
globals and whose copy of the target's arguments are the parent's at that moment; its main
thread runs `_child_main`, which returns the exit code."""

import itertools
import os
import sys
import threading

import _loopscope_processes as _procs


# `repr` names an exit code by the signal that ended the process.
_EXITCODE_NAMES = {-15: '-SIGTERM', -9: '-SIGKILL', -2: '-SIGINT', -1: '-SIGHUP'}

# Per process (by pid): its Process object and the counter its children are numbered with.
_by_pid = {}
_counters = {}
_children = {}


def current_process():
    """The Process object of the running process."""
    return _by_pid.get(os.getpid(), _main_process)


def parent_process():
    me = current_process()
    if me is _main_process:
        return None
    return _by_pid.get(me._parent_pid, _main_process)


def _my_children():
    return _children.setdefault(os.getpid(), [])


def active_children():
    """The running process's children still alive (the ended ones are forgotten)."""
    kids = _my_children()
    kids[:] = [p for p in kids if p.exitcode is None]
    return list(kids)


def _next_count():
    counter = _counters.setdefault(os.getpid(), itertools.count(1))
    return next(counter)


class BaseProcess:
    """A process: `run()` (the target with its arguments) in a forked copy of the program."""

    _start_method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = _next_count()
        parent = current_process()
        self._identity = parent._identity + (count,)
        self._parent_pid = os.getpid()
        self._parent_name = parent.name
        self._pid = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or (type(self).__name__ + '-' +
                              ':'.join(str(i) for i in self._identity))
        self._daemonic = parent._daemonic if daemon is None else daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._pid is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not current_process()._daemonic, \
            'daemonic processes are not allowed to have children'
        active_children()
        _my_children().append(self)
        custom_run = type(self).run is not BaseProcess.run
        self._pid = -1
        self._pid = _procs.start(_child_main, (self, custom_run, self._target, self._args,
                                               self._kwargs))

    def terminate(self):
        """Ends the process at once, as SIGTERM does: exit code -15."""
        self._check_closed()
        if self._pid is not None and self._pid > 0:
            _procs.terminate(self._pid, -15)

    def kill(self):
        """Ends the process at once, as SIGKILL does: exit code -9."""
        self._check_closed()
        if self._pid is not None and self._pid > 0:
            _procs.terminate(self._pid, -9)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._pid is not None, 'can only join a started process'
        sentinel = _procs.sentinel(self._pid)
        if timeout is None:
            got = sentinel.acquire()
        else:
            got = sentinel.acquire(True, max(timeout, 0))
        if got:
            sentinel.release()
            kids = _my_children()
            if self in kids:
                kids.remove(self)

    def is_alive(self):
        self._check_closed()
        if self is current_process():
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._pid is None:
            return False
        return _procs.exitcode(self._pid) is None

    def close(self):
        if self._pid is not None and _procs.exitcode(self._pid) is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._pid is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._pid is None or self._pid < 0:
            return None
        return _procs.exitcode(self._pid)

    @property
    def pid(self):
        self._check_closed()
        if self._pid is None or self._pid < 0:
            return os.getpid() if self is current_process() else None
        return self._pid

    ident = pid

    @property
    def sentinel(self):
        self._check_closed()
        if self._pid is None:
            raise ValueError("process not started")
        return self._pid

    def __repr__(self):
        exitcode = None
        if self is current_process():
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._pid is None:
            status = 'initial'
        else:
            exitcode = _procs.exitcode(self._pid)
            status = 'started' if exitcode is None else 'stopped'
        parts = [type(self).__name__, 'name=%r' % self._name]
        if self._pid is not None and self is not current_process():
            parts.append('pid=%s' % self._pid)
        parts.append('parent=%s' % self._parent_pid)
        parts.append(status)
        if exitcode is not None:
            parts.append('exitcode=%s' % _EXITCODE_NAMES.get(exitcode, exitcode))
        if self.daemon:
            parts.append('daemon')
        return '<%s>' % ' '.join(parts)


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._pid = None
        self._closed = False
        self._daemonic = False
        self._target = None

    def close(self):
        pass


_main_process = _MainProcess()


def _child_main(process, custom_run, target, args, kwargs):
    """A forked process's main thread (CPython's `BaseProcess._bootstrap`): runs the target,
    reports an exception as CPython does, and returns the exit code."""
    _by_pid[os.getpid()] = process
    threading._after_fork_main()
    # The page calls the process's first thread by the process's name.
    import _thread
    _thread._trace_thread_name('%s (pid %d)' % (process.name, os.getpid()))
    try:
        if custom_run:
            process.run()
        elif target:
            target(*args, **kwargs)
        exitcode = 0
    except SystemExit as e:
        if e.code is None:
            exitcode = 0
        elif isinstance(e.code, int):
            exitcode = e.code
        else:
            sys.stderr.write(str(e.code) + '\n')
            exitcode = 1
    except BaseException:
        exitcode = 1
        import traceback
        sys.stderr.write('Process %s:\n' % process.name)
        traceback.print_exc()
    _join_own_threads()
    return exitcode


def _join_own_threads():
    """The process's non-daemon threads are joined before it exits (its `threading._shutdown`);
    its daemon threads end with it."""
    me = os.getpid()
    here = threading.get_ident()
    for t in list(threading._active.values()):
        if t.ident != here and not t.daemon and _procs.pid_of_thread(t.ident) == me:
            t.join()


def _join_children_at_exit():
    """Interpreter shutdown joins the non-daemon children (multiprocessing's atexit)."""
    for p in list(_my_children()):
        if not p.daemon:
            p.join()


threading._register_atexit(_join_children_at_exit)


class _Pipe:
    """A one-way channel between simulated processes, as the pipes under CPython's pools: what
    goes in is pickled (a copy; what cannot be pickled raises in the sender), and the reader
    blocks until something comes. The object itself is shared by the processes (a fork
    shares the library's objects)."""

    def __init__(self):
        import collections
        self._items = collections.deque()
        self._ready = threading.Condition(threading.Lock())

    def put(self, obj):
        obj = _procs.pickled_copy(obj)
        with self._ready:
            self._items.append(obj)
            self._ready.notify()

    def get(self):
        with self._ready:
            while not self._items:
                self._ready.wait()
            return self._items.popleft()
