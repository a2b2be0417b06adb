# A race condition: two threads read a shared balance, pause, then write back their result,
# so one update overwrites the other. time.sleep(0) stands for "the thread was switched
# out here", which real threads may suffer at any moment. A Lock around the
# read-modify-write makes it safe again.
import threading
import time

balance = 100
lock = threading.Lock()


def deposit(amount, use_lock):
    global balance
    if use_lock:
        lock.acquire()
    current = balance
    time.sleep(0)
    balance = current + amount
    if use_lock:
        lock.release()


for use_lock in (False, True):
    balance = 100
    threads = [threading.Thread(target=deposit, args=(a, use_lock)) for a in (50, 25)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"with lock={use_lock}: balance {balance} (expected 175)")
