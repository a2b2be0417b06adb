# A Barrier(3) holds threads until three have arrived, then releases them together; the
# action runs once, in one of them (the last to arrive). wait() returns each thread's
# arrival index. A wait that times out breaks the barrier for everyone.
import threading
import time

barrier = threading.Barrier(3, action=lambda: print("  action in", threading.current_thread().name))


def hiker(name, delay):
    time.sleep(delay)
    print(f"{name} arrives at {time.monotonic()}")
    index = barrier.wait()
    print(f"{name} leaves with index {index}")


threads = [threading.Thread(target=hiker, args=(n, d), name=n) for n, d in (("ann", 1), ("bob", 3), ("cy", 2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
lonely = threading.Barrier(2)
try:
    lonely.wait(timeout=0.5)
except threading.BrokenBarrierError:
    print("BrokenBarrierError at", time.monotonic(), "broken:", lonely.broken)
