# Queue.join() waits until task_done() was called once per item put; a task_done() too many
# is a ValueError. put_nowait on a full queue raises queue.Full, get_nowait on an empty one
# queue.Empty (whose class lives in _queue); qsize/empty/full along the way.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
q.put("a")
q.put_nowait("b")
print("full:", q.full(), "qsize:", q.qsize())
try:
    q.put_nowait("c")
except queue.Full:
    print("queue.Full")


def worker():
    while True:
        item = q.get()
        time.sleep(0.5)
        print(f"  handled {item} at {time.monotonic()}")
        q.task_done()


threading.Thread(target=worker, daemon=True).start()
q.put("c")
print("put c at", time.monotonic())
q.join()
print("join returned at", time.monotonic(), "empty:", q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty:", type(e).__module__, type(e).__qualname__)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
