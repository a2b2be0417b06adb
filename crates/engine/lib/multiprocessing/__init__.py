"""multiprocessing: processes, simulated (issue 14 item 4). A process here is a fork of the
running program inside the one engine: its own `__main__` globals, threads and GIL, on the
run's virtual cores (`vm::processes`). Process, Pool, Queue (and SimpleQueue, JoinableQueue),
cpu_count and the process queries are built; Pipe, Manager, shared memory and the
synchronisation primitives are not yet."""

import sys

from .context import Process
from .process import current_process, active_children, parent_process
from .context import ProcessError, BufferTooShort, TimeoutError, AuthenticationError
from .context import get_context, get_start_method, set_start_method, get_all_start_methods
from . import process


def cpu_count():
    """The run's virtual cores (the `virtual-cores` setting)."""
    import os
    num = os.cpu_count()
    if num is None:
        raise NotImplementedError('cannot determine number of cpus')
    return num


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """A pool of worker processes (multiprocessing.pool.Pool)."""
    from .pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def Queue(maxsize=0):
    """A queue between processes (multiprocessing.queues.Queue)."""
    from .queues import Queue
    return Queue(maxsize)


def JoinableQueue(maxsize=0):
    from .queues import JoinableQueue
    return JoinableQueue(maxsize)


def SimpleQueue():
    from .queues import SimpleQueue
    return SimpleQueue()


def freeze_support():
    pass


SUBDEBUG = 5
SUBWARNING = 25
