"""asyncio's queues: Queue (FIFO), PriorityQueue and LifoQueue, with blocked getters and
putters waiting as futures in deques, and join()/task_done() counting unfinished items.
The coroutines' defs and awaits sit on CPython 3.11.7's lines (blank lines pad them):
task reprs show them (`Queue.get() running at <stdlib>/asyncio/queues.py:158`)."""

# The native deque, not the Python-source `collections` package: compiling that package would
# cost every program that takes a lock or a queue (asyncio only needs deque).
from _collections import deque
import heapq
from asyncio import _trace_sync_new, _trace_sync_state, _trace_sync_join, _trace_sync_leave
from . import locks
from . import mixins

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


class Queue(mixins._LoopBoundMixin):
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        # Named before the Event it makes, so the queue gets the lower number.
        _trace_sync_new(self, 'PriorityQueue' if isinstance(self, PriorityQueue)
                        else 'LifoQueue' if isinstance(self, LifoQueue) else 'Queue')
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)
        _note_queue(self)

    # Queue[int] in annotations: a types.GenericAlias, as CPython's
    # `__class_getitem__ = classmethod(GenericAlias)` (types imported only when used).
    @classmethod
    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    # The storage, which the subclasses replace.
    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        # Wake the first waiter that is still waiting; drop the rest on the way.
        while waiters:
            waiter = waiters.popleft()
            _trace_sync_leave(self, waiter)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        text = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            text += f' _queue={list(self._queue)!r}'
        if self._getters:
            text += f' _getters[{len(self._getters)}]'
        if self._putters:
            text += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            text += f' tasks={self._unfinished_tasks}'
        return text

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize











    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            _trace_sync_join(self, 'putter', putter)
            try:




                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                    _trace_sync_leave(self, putter)
                except ValueError:
                    # Already taken off the deque by _wakeup_next.
                    pass
                if not self.full() and not putter.cancelled():
                    # Woken, then cancelled: pass the free slot on.
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        _note_queue(self)
        self._finished.clear()
        self._wakeup_next(self._getters)






    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            _trace_sync_join(self, 'getter', getter)
            try:



                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                    _trace_sync_leave(self, getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    # Woken, then cancelled: pass the item on to the next getter.
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _note_queue(self)
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        _note_queue(self)
        if self._unfinished_tasks == 0:
            self._finished.set()



















    async def join(self):
        if self._unfinished_tasks > 0:







            await self._finished.wait()


def _note_queue(queue):
    _trace_sync_state(queue, 'items', queue._queue, 'maxsize', queue._maxsize,
                      'unfinished', queue._unfinished_tasks, 'join', queue._finished)


class PriorityQueue(Queue):
    """Smallest item first (a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Last in, first out."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
