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


class ForkContext:
    _name = 'fork'
    Process = ForkProcess

    def get_start_method(self, allow_none=False):
        return self._name

    def cpu_count(self):
        from . import cpu_count
        return cpu_count()

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from .pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def __repr__(self):
        return '<multiprocessing.context.ForkContext object>'


_fork_context = ForkContext()


def get_context(method=None):
    if method is None or method == 'fork':
        return _fork_context
    if method in ('spawn', 'forkserver'):
        import _loopscope_processes
        _loopscope_processes.unsupported("the '%s' start method (processes are simulated as forks)" % method)
    raise ValueError('cannot find context for %r' % method)


def get_start_method(allow_none=False):
    return 'fork'


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


def set_start_method(method, force=False):
    if method != 'fork':
        get_context(method)


class Process(process.BaseProcess):
    """`multiprocessing.Process`: the default context's process (a fork)."""
    _start_method = None
