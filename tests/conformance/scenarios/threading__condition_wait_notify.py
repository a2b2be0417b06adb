# A Condition lets threads wait until another thread changes shared state and notifies
# them. notify() wakes one waiter, notify_all() the rest; each woken thread reacquires the
# lock before wait() returns. wait_for() re-checks a predicate, here with a timeout.
import threading
import time

cond = threading.Condition()
items = []


def consumer(name):
    with cond:
        while not items:
            cond.wait()
        print(f"{name} took {items.pop(0)} at {time.monotonic()}")


def impatient():
    with cond:
        ok = cond.wait_for(lambda: len(items) > 5, timeout=1.5)
        print(f"impatient: predicate {ok} at {time.monotonic()}")


threads = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
threads.append(threading.Thread(target=impatient))
for t in threads:
    t.start()
for i in range(3):
    time.sleep(1)
    with cond:
        items.append(f"item{i}")
        if i < 2:
            cond.notify()
        else:
            cond.notify_all()
for t in threads:
    t.join()
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
