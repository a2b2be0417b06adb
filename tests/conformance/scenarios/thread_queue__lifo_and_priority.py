# LifoQueue hands out the newest item first, PriorityQueue the smallest; both block and
# wake like Queue. The worker starts first and waits; the items it gets depend on what is
# queued when it wakes.
import queue
import threading
import time


def drain(name, q, n):
    for _ in range(n):
        print(f"{name}: {q.get()}")
        time.sleep(0.1)


stack = queue.LifoQueue()
t = threading.Thread(target=drain, args=("lifo", stack, 4))
t.start()
for item in ("a", "b", "c", "d"):
    stack.put(item)
t.join()
jobs = queue.PriorityQueue()
t = threading.Thread(target=drain, args=("prio", jobs, 4))
t.start()
for job in ((3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")):
    jobs.put(job)
t.join()
print(jobs.empty(), stack.qsize())
