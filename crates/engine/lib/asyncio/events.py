"""Event loop policies (CPython's asyncio.events and unix_events policy classes): the default
policy hands out the thread's event loop, which the native core keeps. Only the default
policy runs; installing another one stops the run as unsupported."""

from asyncio import (
    AbstractEventLoop,
    Handle,
    TimerHandle,
    get_running_loop,
    get_event_loop,
    new_event_loop as _new_event_loop,
    set_event_loop as _set_event_loop,
    _get_thread_event_loop,
    _unsupported,
)

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle',
           'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'get_running_loop')


class AbstractEventLoopPolicy:
    """What a policy does: get, set and make the loop of the current context."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One event loop per thread, made on demand for the main thread."""

    def get_event_loop(self):
        return _get_thread_event_loop()

    def set_event_loop(self, loop):
        _set_event_loop(loop)

    def new_event_loop(self):
        return _new_event_loop()


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    """The default policy on Unix (asyncio.unix_events)."""


_UnixDefaultEventLoopPolicy.__module__ = 'asyncio.unix_events'
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

_event_loop_policy = None


def get_event_loop_policy():
    """The current event loop policy (the default one, made on first use)."""
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Install `policy`; None restores the default."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    if policy is not None and type(policy) is not DefaultEventLoopPolicy:
        _unsupported("asyncio.set_event_loop_policy() with a policy of its own")
    _event_loop_policy = policy


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


class AbstractServer:
    """What create_server() returns: a listening server that can be closed and awaited
    (`async with server:` closes it and waits on the way out)."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()
