"""multiprocessing: processes, simulated (issue 14 item 4). A process here is a fork of the
running program inside the one engine: its own `__main__` globals, threads and GIL, on the
run's virtual cores (`vm::processes`). Process, Pool, Queue (and SimpleQueue, JoinableQueue),
the locks, semaphores, conditions, events and barriers, Value and Array, cpu_count and the
process queries and Pipe are built; Manager and shared_memory are not yet."""

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


def Lock():
    from .synchronize import Lock
    return Lock()


def RLock():
    from .synchronize import RLock
    return RLock()


def Semaphore(value=1):
    from .synchronize import Semaphore
    return Semaphore(value)


def BoundedSemaphore(value=1):
    from .synchronize import BoundedSemaphore
    return BoundedSemaphore(value)


def Condition(lock=None):
    from .synchronize import Condition
    return Condition(lock)


def Event():
    from .synchronize import Event
    return Event()


def Barrier(parties, action=None, timeout=None):
    from .synchronize import Barrier
    return Barrier(parties, action, timeout)


def Value(typecode_or_type, *args, lock=True):
    from .sharedctypes import Value
    return Value(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    from .sharedctypes import Array
    return Array(typecode_or_type, size_or_initializer, lock=lock)


def RawValue(typecode_or_type, *args):
    from .sharedctypes import RawValue
    return RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    from .sharedctypes import RawArray
    return RawArray(typecode_or_type, size_or_initializer)


def Pipe(duplex=True):
    """Two connected ends of a pipe between processes (multiprocessing.connection)."""
    from .connection import Pipe
    return Pipe(duplex)


def freeze_support():
    pass


SUBDEBUG = 5
SUBWARNING = 25
