# get(timeout=...) raises queue.Empty and put(timeout=...) raises queue.Full when the time
# runs out; the _nowait variants fail at once. The clock advances by the waited time.
import queue
import threading
import time

q = queue.Queue(maxsize=1)
try:
    q.get(timeout=0.5)
except queue.Empty:
    print("Empty after waiting until", time.monotonic())
q.put_nowait("first")
try:
    q.put("second", timeout=1)
except queue.Full:
    print("Full after waiting until", time.monotonic())
try:
    q.put_nowait("second")
except queue.Full as e:
    print("put_nowait:", type(e).__name__, repr(e))
threading.Timer(0.25, q.get).start()
q.put("second", timeout=1)
print("put succeeded at", time.monotonic(), "->", q.get_nowait())
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(queue.Empty.__module__, queue.Full.__module__)
