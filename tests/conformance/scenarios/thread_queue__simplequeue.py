# queue.SimpleQueue is an unbounded FIFO without task tracking: put() never blocks, get()
# waits for an item (or raises Empty after a timeout). ThreadPoolExecutor feeds its
# workers through one of these.
import queue
import threading
import time

sq = queue.SimpleQueue()
print(type(sq).__name__, sq.empty(), sq.qsize())


def reader():
    while (item := sq.get()) is not None:
        print(f"reader got {item!r} at {time.monotonic()}")


t = threading.Thread(target=reader)
t.start()
for item in ("x", "y"):
    time.sleep(0.5)
    sq.put(item)
sq.put(None)
t.join()
try:
    sq.get(timeout=0.25)
except queue.Empty:
    print("Empty at", time.monotonic())
try:
    sq.get_nowait()
except queue.Empty:
    print("get_nowait: Empty")
