"""asyncio.Runner: one event loop kept open across several run() calls, closed (leftover
tasks cancelled, async generators and the executor shut down) by close() or at the end of a
`with` block. asyncio.run() itself stays native, as an accelerator."""

from asyncio import (
    new_event_loop,
    set_event_loop,
    iscoroutine,
    _shutdown_stage,
    _shutdown_stage_end,
)
import contextvars
import enum

from . import exceptions
from . import mixins

__all__ = ('Runner',)


class _State(enum.Enum):
    CREATED = "created"
    INITIALIZED = "initialized"
    CLOSED = "closed"


class Runner:

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _State.CREATED
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
        if self._state != _State.INITIALIZED:
            return
        loop = self._loop
        try:
            # Cancel what is left (in creation order) and wait for it, then
            # shutdown_asyncgens() and shutdown_default_executor(), as asyncio.run() does.
            # Each is a run_until_complete here, so a runner in a thread waits as any loop.
            for stage in range(3):
                awaitable, cancelled = _shutdown_stage(loop, stage)
                if awaitable is not None:
                    loop.run_until_complete(awaitable)
                    _shutdown_stage_end(loop, cancelled)
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _State.CLOSED

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
        if self._state == _State.CLOSED:
            raise RuntimeError('Runner is closed')
        if self._state == _State.INITIALIZED:
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
        self._state = _State.INITIALIZED
