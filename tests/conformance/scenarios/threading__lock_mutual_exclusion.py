# A Lock lets one thread at a time into a critical section. Each worker holds the lock
# while it "writes" for 0.1 s; releasing it wakes the waiting thread, but the releasing
# worker takes the lock straight back on its next turn, so each worker finishes its
# iterations in one go (CPython's threads behave like this too: locks are not fair).
import threading
import time

lock = threading.Lock()
log = []


def writer(name):
    for i in range(3):
        with lock:
            log.append(f"{name}{i}")
            print(f"{name} writes {i}, lock held: {lock.locked()}")
            time.sleep(0.1)


threads = [threading.Thread(target=writer, args=(n,)) for n in "AB"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("log:", log)
print("locked at the end:", lock.locked())
print(repr(lock))
