"""asyncio.TaskGroup: an `async with` block that owns the tasks created in it, waits for all
of them on exit, and on the first failure cancels the rest and the block's own task, raising
every error together in a BaseExceptionGroup."""

from asyncio import get_running_loop, current_task, _trace_sync_new, _trace_sync_state
from asyncio import _trace_sync_join
from . import exceptions

__all__ = ['TaskGroup']


class TaskGroup:

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        # The children, in creation order (a dict as an ordered set): _abort cancels them in
        # that order, where CPython's set follows addresses (the harness patches it to
        # creation order too).
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None
        _trace_sync_new(self, 'TaskGroup')
        _trace_sync_state(self, 'new')

    def __repr__(self):
        parts = ['']
        if self._tasks:
            parts.append(f'tasks={len(self._tasks)}')
        if self._errors:
            parts.append(f'errors={len(self._errors)}')
        if self._aborting:
            parts.append('cancelling')
        elif self._entered:
            parts.append('entered')
        return f"<TaskGroup{' '.join(parts)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        _trace_sync_state(self, 'entered')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if not self._aborting:
            _trace_sync_state(self, 'exiting')
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        propagate_cancellation_error = exc if et is exceptions.CancelledError else None
        if self._parent_cancel_requested:
            # We cancelled the parent ourselves (a child failed): that cancellation is ours to
            # swallow, unless someone else cancelled it too.
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None

        if et is not None and not self._aborting:
            self._abort()

        # Wait for every child, even while being cancelled.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except exceptions.CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        _trace_sync_state(self, 'finished')

        if self._base_error is not None:
            raise self._base_error

        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error

        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)

        if self._errors:
            try:
                group = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise group from None
            finally:
                # Break the cycle errors -> traceback -> frame -> self.
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        if context is None:
            task = self._loop.create_task(coro)  # cpython: asyncio/taskgroups.py:161
        else:
            # cpython: asyncio/taskgroups.py:163
            task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        _trace_sync_join(self, 'child', task)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        _trace_sync_state(self, 'aborting')
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)

        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return

        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        if self._parent_task.done():
            # The block's task is gone: nobody will see this error but the handler.
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return

        if not self._aborting and not self._parent_cancel_requested:
            # First failure: cancel the other children and the block's own task, so the
            # body stops at its next await and __aexit__ collects everything.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
