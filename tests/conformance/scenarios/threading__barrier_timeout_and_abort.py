# A Barrier whose wait times out breaks: the thread that timed out and every thread waiting
# with it get BrokenBarrierError, and so does every later wait() until reset(). The action
# runs once per round, in the last thread to arrive; wait() returns each thread's index.
import threading
import time

barrier = threading.Barrier(3, action=lambda: print("  action in", threading.current_thread().name))


def party(delay):
    time.sleep(delay)
    try:
        i = barrier.wait(timeout=1)
        print(f"{threading.current_thread().name}: index {i} at {time.monotonic()}")
    except threading.BrokenBarrierError:
        print(f"{threading.current_thread().name}: broken at {time.monotonic()}")


threads = [threading.Thread(target=party, args=(d,), name=f"p{d}") for d in (0.1, 0.2, 0.3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
late = [threading.Thread(target=party, args=(d,), name=f"late{d}") for d in (0.1, 2)]
for t in late:
    t.start()
for t in late:
    t.join()
print("broken:", barrier.broken)
barrier.reset()
print("after reset:", barrier.broken, barrier.n_waiting)
