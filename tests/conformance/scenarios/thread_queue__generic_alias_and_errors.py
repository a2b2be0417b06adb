# queue's classes (and concurrent.futures.Future) can be subscripted in annotations:
# Queue[int] is a types.GenericAlias. A negative timeout is a ValueError; get(block=False)
# and a SimpleQueue's get_nowait raise queue.Empty at once; a SimpleQueue is _queue's.
import concurrent.futures
import queue

jobs: queue.Queue[int] = queue.Queue(1)
print(queue.Queue[int], queue.PriorityQueue[str], queue.SimpleQueue[bytes])
print(concurrent.futures.Future[int], type(queue.LifoQueue[int]).__name__)
jobs.put(1)
for call in (lambda: jobs.put(2, timeout=-1), lambda: jobs.put(2, block=False)):
    try:
        call()
    except (queue.Full, ValueError) as e:
        print(type(e).__name__, e)
print(jobs.get(timeout=0))
try:
    jobs.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
sq = queue.SimpleQueue()
print(type(sq).__module__, type(sq).__qualname__, sq.empty(), sq.qsize())
sq.put("x")
print(sq.get_nowait(), sq.empty())
for call in (sq.get_nowait, lambda: jobs.get(block=False), lambda: sq.get(timeout=-0.5)):
    try:
        call()
    except (queue.Empty, ValueError) as e:
        print(type(e).__name__, e)
