# A Timer is a thread that waits, then calls a function, unless cancel() came first.
# Timers are named like other unnamed threads (Thread-N, no target suffix).
import threading
import time


def ring(label):
    print(f"ring {label} at {time.monotonic()} in {threading.current_thread().name}")


first = threading.Timer(1.5, ring, args=("first",))
second = threading.Timer(1.0, ring, kwargs={"label": "second"})
third = threading.Timer(2.0, ring, args=("third",))
for t in (first, second, third):
    t.start()
time.sleep(1.2)
third.cancel()
print("cancelled third at", time.monotonic())
for t in (first, second, third):
    t.join()
print("third alive:", third.is_alive(), "finished:", third.finished.is_set())
