"""The start-method contexts: only "fork", CPython 3.11's default on Linux, is simulated."""


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


from . import process


class ForkProcess(process.BaseProcess):
    """A process started by forking the running one (a copy of its `__main__` globals)."""
    _start_method = 'fork'


class BaseContext(object):
    """What the `multiprocessing` module offers, as methods of one start method's context."""

    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    current_process = staticmethod(process.current_process)
    parent_process = staticmethod(process.parent_process)
    active_children = staticmethod(process.active_children)

    def cpu_count(self):
        from . import cpu_count
        return cpu_count()

    def Manager(self):
        import _loopscope
        _loopscope.unsupported("multiprocessing.Manager")

    def Pipe(self, duplex=True):
        from .connection import Pipe
        return Pipe(duplex)

    def Lock(self):
        from .synchronize import Lock
        return Lock(ctx=self.get_context())

    def RLock(self):
        from .synchronize import RLock
        return RLock(ctx=self.get_context())

    def Condition(self, lock=None):
        from .synchronize import Condition
        return Condition(lock, ctx=self.get_context())

    def Semaphore(self, value=1):
        from .synchronize import Semaphore
        return Semaphore(value, ctx=self.get_context())

    def BoundedSemaphore(self, value=1):
        from .synchronize import BoundedSemaphore
        return BoundedSemaphore(value, ctx=self.get_context())

    def Event(self):
        from .synchronize import Event
        return Event(ctx=self.get_context())

    def Barrier(self, parties, action=None, timeout=None):
        from .synchronize import Barrier
        return Barrier(parties, action, timeout, ctx=self.get_context())

    def Queue(self, maxsize=0):
        from .queues import Queue
        return Queue(maxsize, ctx=self.get_context())

    def JoinableQueue(self, maxsize=0):
        from .queues import JoinableQueue
        return JoinableQueue(maxsize, ctx=self.get_context())

    def SimpleQueue(self):
        from .queues import SimpleQueue
        return SimpleQueue(ctx=self.get_context())

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from .pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild,
                    context=self.get_context())

    def RawValue(self, typecode_or_type, *args):
        from .sharedctypes import RawValue
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        from .sharedctypes import RawArray
        return RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        from .sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock, ctx=self.get_context())

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        from .sharedctypes import Array
        return Array(typecode_or_type, size_or_initializer, lock=lock,
                     ctx=self.get_context())

    def freeze_support(self):
        pass

    def get_context(self, method=None):
        if method is None:
            return self
        try:
            ctx = _concrete_contexts[method]
        except KeyError:
            raise ValueError('cannot find context for %r' % method) from None
        ctx._check_available()
        return ctx

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')

    def _check_available(self):
        pass


class ForkContext(BaseContext):
    _name = 'fork'
    Process = ForkProcess


class _UnsimulatedContext(BaseContext):
    # A spawned (or forkserver) child starts a fresh interpreter that imports the main
    # module again, running its top-level code once more; processes here are forks of the
    # running program, so such a child could not be faithful.
    def _check_available(self):
        import _loopscope_processes
        _loopscope_processes.unsupported(
            "the '%s' start method (a child here is a fork of the running program, not a "
            "fresh interpreter that imports the main module again)" % self._name)


class SpawnContext(_UnsimulatedContext):
    _name = 'spawn'


class ForkServerContext(_UnsimulatedContext):
    _name = 'forkserver'


_concrete_contexts = {
    'fork': ForkContext(),
    'spawn': SpawnContext(),
    'forkserver': ForkServerContext(),
}
_fork_context = _concrete_contexts['fork']


class DefaultContext(BaseContext):
    """The module-level context: the start method chosen once (fork unless set)."""

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def get_context(self, method=None):
        if method is None:
            if self._actual_context is None:
                self._actual_context = self._default_context
            return self._actual_context
        return super().get_context(method)

    def set_start_method(self, method, force=False):
        if self._actual_context is not None and not force:
            raise RuntimeError('context has already been set')
        if method is None and force:
            self._actual_context = None
            return
        self._actual_context = self.get_context(method)

    def get_start_method(self, allow_none=False):
        if self._actual_context is None:
            if allow_none:
                return None
            self._actual_context = self._default_context
        return self._actual_context._name

    def get_all_start_methods(self):
        return ['fork', 'spawn', 'forkserver']


_default_context = DefaultContext(_fork_context)


def get_context(method=None):
    return _default_context.get_context(method)


def get_start_method(allow_none=False):
    return _default_context.get_start_method(allow_none)


def get_all_start_methods():
    return _default_context.get_all_start_methods()


def set_start_method(method, force=False):
    _default_context.set_start_method(method, force)


class Process(process.BaseProcess):
    """`multiprocessing.Process`: the default context's process (a fork)."""
    _start_method = None


DefaultContext.Process = Process
