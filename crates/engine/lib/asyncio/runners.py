"""asyncio.Runner: one event loop kept open across several run() calls, closed (leftover
tasks cancelled, async generators and the executor shut down) by close() or at the end of a
`with` block. asyncio.run() itself stays native, as an accelerator."""

from asyncio import (
    new_event_loop,
    set_event_loop,
    iscoroutine,
    _shutdown_loop,
)
import contextvars

from . import exceptions
from . import mixins

__all__ = ('Runner',)

# The states (CPython's _State values).
_CREATED = 'created'
_INITIALIZED = 'initialized'
_CLOSED = 'closed'


class Runner:

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != _INITIALIZED:
            return
        loop = self._loop
        try:
            # Cancel what is left (in creation order) and wait for it, then
            # shutdown_asyncgens() and shutdown_default_executor(), as asyncio.run() does.
            _shutdown_loop(loop)
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _CLOSED

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        if mixins._running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        # No signals reach a simulated program: CPython's SIGINT handling has nothing to do.
        # Every run() shares the context copied at the first one, unless given its own.
        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)  # cpython: asyncio/runners.py:100
        self._interrupt_count = 0
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == _CLOSED:
            raise RuntimeError('Runner is closed')
        if self._state == _INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = contextvars.copy_context()
        self._state = _INITIALIZED
