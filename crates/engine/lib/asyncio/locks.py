"""asyncio's synchronisation primitives: Lock, Event, Condition, Semaphore, BoundedSemaphore
and Barrier. Each waiter is a future in a deque, woken in order (no barging).
The coroutines' defs and awaits sit on CPython 3.11.7's lines (blank lines pad them):
task reprs show them (`Queue.get() running at <stdlib>/asyncio/queues.py:158`)."""

# The native deque, not the Python-source `collections` package: compiling that package would
# cost every program that takes a lock or a queue (asyncio only needs deque).
from _collections import deque
from asyncio import _trace_sync_new, _trace_sync_state, _trace_sync_join, _trace_sync_leave
from . import exceptions
from . import mixins

class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        # Deliberately None: `async with lock as x` binds nothing useful,
        # as in CPython.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'Barrier')


def _with_state(obj, base, state):
    # "<asyncio.locks.Lock object at 0x... [state]>", from the next class's repr in the MRO
    # (`super().__repr__()`, which a mixin may define).
    waiters = obj._waiters
    if waiters:
        state = f'{state}, waiters:{len(waiters)}'
    return f'<{base[1:-1]} [{state}]>'


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A primitive lock: acquire() waits until it is unlocked; waiters get it first come,
    first served."""

    def __init__(self):
        self._waiters = None
        self._locked = False
        _trace_sync_new(self, 'Lock')
        _trace_sync_state(self, 'unlocked')

    def __repr__(self):
        return _with_state(self, super().__repr__(), 'locked' if self._locked else 'unlocked')

    def locked(self):
        return self._locked










































    async def acquire(self):
        # Free and nobody (still) queued: take it at once.
        if not self._locked:
            if self._waiters is None or all(w.cancelled() for w in self._waiters):
                self._locked = True
                _trace_sync_state(self, 'locked')
                return True
        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        _trace_sync_join(self, 'waiter', fut)
        try:
            try:







                await fut
            finally:
                self._waiters.remove(fut)
                _trace_sync_leave(self, fut)
        except exceptions.CancelledError:
            # Woken but cancelled before running: pass the turn on.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        _trace_sync_state(self, 'locked')
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        _trace_sync_state(self, 'unlocked')
        self._wake_up_first()

    def _wake_up_first(self):
        if not self._waiters:
            return
        first = self._waiters[0]
        if not first.done():
            first.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag: wait() blocks until set() makes it true; clear() makes it false again."""

    def __init__(self):
        self._waiters = deque()
        self._value = False
        _trace_sync_new(self, 'Event')
        _trace_sync_state(self, 'unset')

    def __repr__(self):
        return _with_state(self, super().__repr__(), 'set' if self._value else 'unset')

    def is_set(self):
        return self._value

    def set(self):
        if self._value:
            return
        self._value = True
        _trace_sync_state(self, 'set')
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        if self._value:
            _trace_sync_state(self, 'unset')
        self._value = False






























    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        _trace_sync_join(self, 'waiter', fut)
        try:






            await fut
            return True
        finally:
            self._waiters.remove(fut)
            _trace_sync_leave(self, fut)


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A condition variable over a Lock (a new one unless given)."""

    def __init__(self, lock=None):
        _trace_sync_new(self, 'Condition')
        if lock is None:
            lock = Lock()
        self._lock = lock
        # The lock's methods, bound, as the condition's own.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()
        _trace_sync_state(self, 'over', lock)

    def __repr__(self):
        return _with_state(self, super().__repr__(), 'locked' if self.locked() else 'unlocked')











    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        # Whatever happened, return holding the lock; a cancellation met while
        # re-acquiring it is raised only once the lock is held.
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            _trace_sync_join(self, 'waiter', fut)
            try:








                await fut
                return True
            finally:
                self._waiters.remove(fut)
                _trace_sync_leave(self, fut)
        finally:
            cancelled = False
            while True:
                try:

                    await self.acquire()
                    break
                except exceptions.CancelledError:
                    cancelled = True
            if cancelled:
                raise exceptions.CancelledError


    async def wait_for(self, predicate):
        result = predicate()
        while not result:






            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A counter: acquire() takes one (waiting at zero), release() gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value
        _trace_sync_new(self, 'BoundedSemaphore' if isinstance(self, BoundedSemaphore)
                        else 'Semaphore')
        _note_value(self)

    def __repr__(self):
        if self.locked():
            return _with_state(self, super().__repr__(), 'locked')
        return _with_state(self, super().__repr__(), f'unlocked, value:{self._value}')

    def locked(self):
        if self._value == 0:
            return True
        return any(not w.cancelled() for w in (self._waiters or ()))






























    async def acquire(self):
        if not self.locked():
            self._value -= 1
            _note_value(self)
            return True
        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        _trace_sync_join(self, 'waiter', fut)
        try:
            try:











                await fut
            finally:
                self._waiters.remove(fut)
                _trace_sync_leave(self, fut)
        except exceptions.CancelledError:
            # Woken (the count taken for us) but cancelled: give the count back.
            if not fut.cancelled():
                self._value += 1
                _note_value(self)
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        _note_value(self)
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                _note_value(self)
                fut.set_result(True)
                return


def _note_value(semaphore):
    _trace_sync_state(semaphore, 'value', semaphore._value)


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# The Barrier's states (CPython's _BarrierState values).
_FILLING = 'filling'
_DRAINING = 'draining'
_RESETTING = 'resetting'
_BROKEN = 'broken'


class Barrier(mixins._LoopBoundMixin):
    """Blocks tasks in wait() until `parties` of them wait, then releases them all."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        _trace_sync_new(self, 'Barrier')
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0
        _note_barrier(self)

    def __repr__(self):
        base = super().__repr__()
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{base[1:-1]} [{extra}]>'












    async def __aenter__(self):


        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:






            await self._block()
            try:
                index = self._count
                self._count += 1
                _note_barrier(self)
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()
                _note_barrier(self)

    async def _block(self):
        # Wait while the barrier drains or resets.




        await self._cond.wait_for(
            lambda: self._state != _DRAINING and self._state != _RESETTING)
        if self._state == _BROKEN:
            raise exceptions.BrokenBarrierError("Barrier aborted")






    async def _release(self):
        self._state = _DRAINING
        _note_barrier(self)
        self._cond.notify_all()




    async def _wait(self):





        await self._cond.wait_for(lambda: self._state != _FILLING)
        if self._state == _BROKEN or self._state == _RESETTING:
            raise exceptions.BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        # The last task out lets waiting ones fill the barrier again.
        if self._count == 0:
            if self._state == _RESETTING or self._state == _DRAINING:
                self._state = _FILLING
            self._cond.notify_all()



    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != _RESETTING:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            _note_barrier(self)
            self._cond.notify_all()






    async def abort(self):
        async with self._cond:
            self._state = _BROKEN
            _note_barrier(self)
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        # Only tasks filling the barrier count; draining ones have passed it.
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


def _note_barrier(barrier):
    _trace_sync_state(barrier, barrier._state, f'{barrier._count}/{barrier._parties}',
                      'via', barrier._cond)
