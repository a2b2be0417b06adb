# What threading refuses, with CPython's messages: joining a thread not started, changing
# daemon after start, a negative Semaphore, release(0), a timeout on a non-blocking acquire,
# releasing an RLock owned by another thread, and waiting on a Condition not held.
import threading
import time

t = threading.Thread(target=time.sleep, args=(0.5,))
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
for make in (lambda: threading.Semaphore(-1), lambda: threading.Semaphore().release(0),
             lambda: threading.Semaphore().acquire(False, 1)):
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)
rlock = threading.RLock()


def grab():
    rlock.acquire()
    time.sleep(1)


threading.Thread(target=grab, daemon=True).start()
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print("acquire with timeout:", rlock.acquire(timeout=0.25), "at", time.monotonic())
t.join()
print("joined at", time.monotonic(), t.is_alive())
