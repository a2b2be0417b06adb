# The reprs of threading's primitives: Lock, Condition, Semaphore, BoundedSemaphore, Event,
# Barrier (filling and broken), and a Thread before start, running, and stopped (the ident is
# a real thread id, so that part is cut off). BoundedSemaphore refuses to go over its start.
import threading
import time

lock = threading.Lock()
print(lock)
with lock:
    print(lock, lock.locked())
print(threading.Condition(threading.Lock()))
sem = threading.Semaphore(2)
sem.acquire()
print(sem)
bsem = threading.BoundedSemaphore(1)
print(bsem)
try:
    bsem.release()
except ValueError as e:
    print("ValueError:", e)
ev = threading.Event()
print(ev)
ev.set()
print(ev)
barrier = threading.Barrier(3)
print(barrier, barrier.parties, barrier.n_waiting, barrier.broken)
barrier.abort()
print(barrier, barrier.broken)
t = threading.Thread(target=time.sleep, args=(1,), name="napper", daemon=True)
print(t)
t.start()
print(repr(t).split(" ")[0:2])
t.join()
print(repr(t).split(" ")[0:2], t.ident is not None, t.native_id is not None)
