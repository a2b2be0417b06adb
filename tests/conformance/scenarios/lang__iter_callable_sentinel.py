# iter(func, sentinel) calls func() until it returns the sentinel: a compact way to drain a
# queue or read fixed-size chunks. A StopIteration raised by func also ends it.
import queue
from functools import partial

q = queue.Queue()
for item in ("job-1", "job-2", None, "job-3"):
    q.put(item)
drain = iter(q.get, None)
print(type(drain).__name__, iter(drain) is drain, list(drain), q.qsize())

letters = iter("abcdefgh")
print(list(iter(partial(next, letters), "e")), next(letters))
print(list(iter(iter([1, 2, 3]).__next__, 99)))
rolls = iter([4, 2, 6, 1])
print(list(iter(lambda: next(rolls), 6)), list(rolls))
try:
    iter(42, 0)
except TypeError as e:
    print("TypeError:", e)
