# Condition.wait_for(predicate, timeout) re-checks the predicate at every notify and gives
# up when the timeout runs out, returning the predicate's last value. wait() outside the
# lock is a RuntimeError; notify_all wakes every waiter, oldest first.
import threading
import time

cond = threading.Condition()
items = []


def consumer(name, want, timeout):
    with cond:
        ok = cond.wait_for(lambda: len(items) >= want, timeout)
        print(f"{name}: wait_for -> {ok} with {len(items)} items at {time.monotonic()}")


for name, want, timeout in (("a", 2, None), ("b", 5, 1.5), ("c", 1, None)):
    threading.Thread(target=consumer, args=(name, want, timeout)).start()
for n in range(3):
    time.sleep(0.5)
    with cond:
        items.append(n)
        cond.notify_all()
try:
    cond.wait(0.1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
