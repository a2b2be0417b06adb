# sched for Loopscope, following CPython 3.11's observable behaviour. The default clock
# is time.monotonic and the default delay time.sleep, both on the virtual clock.

import time
import heapq
from collections import namedtuple
from itertools import count
import threading
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

# distinguishes "kwargs omitted" so every event receives a dict of its own
_sentinel = object()


def _take_due(owner, clock):
    # -> ('empty', None), ('wait', seconds left) or ('fire', popped event)
    with owner._lock:
        heap = owner._queue
        if not heap:
            return 'empty', None
        head = heap[0]
        now = clock()
        if head[0] > now:
            return 'wait', head[0] - now
        heapq.heappop(heap)
        return 'fire', head


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._queue = []
        self._lock = threading.RLock()
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        kw = {} if kwargs is _sentinel else kwargs
        with self._lock:
            seq = next(self._sequence_generator)
            entry = Event(time, priority, seq, action, argument, kw)
            heapq.heappush(self._queue, entry)
        return entry

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        due = self.timefunc() + delay
        return self.enterabs(due, priority, action, argument, kwargs)

    def cancel(self, event):
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return len(self._queue) == 0

    def run(self, blocking=True):
        # run() keeps using the clock and sleeper it started with
        clock = self.timefunc
        sleep = self.delayfunc
        while True:
            state, item = _take_due(self, clock)
            if state == 'fire':
                item[3](*item[4], **item[5])
                # a zero-length sleep lets other threads in between events
                sleep(0)
            elif state == 'empty':
                return None
            elif blocking:
                # the head may change while asleep, so look again afterwards
                sleep(item)
            else:
                return item

    @property
    def queue(self):
        with self._lock:
            snapshot = list(self._queue)
        # draining a private heap copy gives run() order
        ordered = []
        while snapshot:
            ordered.append(heapq.heappop(snapshot))
        return ordered
