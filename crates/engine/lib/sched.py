# sched, written for Loopscope from CPython 3.11's behaviour. The default clock is
# time.monotonic and the default delay time.sleep: both run on the virtual clock.

import time
import heapq
from collections import namedtuple
from itertools import count
import threading
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

# marks "no kwargs given" so that each event gets its own fresh dict
_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator),
                          action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        when = self.timefunc() + delay
        return self.enterabs(when, priority, action, argument, kwargs)

    def cancel(self, event):
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            with lock:
                if not q:
                    break
                (when, priority, sequence, action, argument, kwargs) = q[0]
                now = timefunc()
                if when > now:
                    wait = True
                else:
                    wait = False
                    pop(q)
            if wait:
                if not blocking:
                    return when - now
                # the head may change while sleeping, so look again afterwards
                delayfunc(when - now)
            else:
                action(*argument, **kwargs)
                # a zero delay gives other threads a turn between events
                delayfunc(0)

    @property
    def queue(self):
        # popping a copy yields events in the order run() would take them
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
