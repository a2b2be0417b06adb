# A Semaphore(2) lets at most two threads into a section at a time; the others wait until
# one leaves. A BoundedSemaphore also checks that it is not released more often than it
# was acquired.
import threading
import time

slots = threading.Semaphore(2)
inside = []


def visitor(n):
    with slots:
        inside.append(n)
        print(f"visitor {n} enters, inside: {inside}")
        time.sleep(1)
        inside.remove(n)
    print(f"visitor {n} leaves")


threads = [threading.Thread(target=visitor, args=(n,)) for n in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("acquire(timeout=0):", slots.acquire(timeout=0), slots.acquire(timeout=0), slots.acquire(timeout=0))
bounded = threading.BoundedSemaphore(1)
bounded.acquire()
bounded.release()
try:
    bounded.release()
except ValueError as e:
    print("ValueError:", e)
