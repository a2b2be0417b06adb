# Lock.acquire(blocking=False) returns False at once when the lock is held; with a timeout
# it waits at most that long (virtual time passes meanwhile). Releasing an unlocked lock
# is a RuntimeError, and a timeout with blocking=False is a ValueError.
import threading
import time

lock = threading.Lock()


def holder():
    with lock:
        print("holder: got the lock for 2 s")
        time.sleep(2)
    print("holder: released")


threading.Thread(target=holder).start()
print("non-blocking:", lock.acquire(blocking=False))
print("timeout 0.5:", lock.acquire(timeout=0.5), "at", time.monotonic())
print("timeout 5:", lock.acquire(timeout=5), "at", time.monotonic())
print(repr(lock))
lock.release()
for bad in (lambda: lock.release(), lambda: lock.acquire(False, 1)):
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(type(lock), threading.Lock)
