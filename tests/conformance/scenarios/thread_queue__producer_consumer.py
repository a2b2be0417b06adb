# queue.Queue(maxsize=2) between two threads: put() blocks while the queue is full, get()
# while it is empty, so the fast producer is held back to the slow consumer's pace.
# task_done() and join() let the producer wait until every item was processed.
import queue
import threading
import time

q = queue.Queue(maxsize=2)


def consumer():
    while True:
        item = q.get()
        print(f"  consumer: got {item}, {q.qsize()} left")
        time.sleep(0.5)
        q.task_done()


threading.Thread(target=consumer, daemon=True).start()
for i in range(5):
    q.put(i)
    print(f"producer: put {i} (full: {q.full()})")
q.join()
print("producer: every item processed at", time.monotonic())
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
