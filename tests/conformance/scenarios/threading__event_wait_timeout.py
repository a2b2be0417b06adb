# An Event is a flag threads can wait for. wait(timeout) returns the flag: False when the
# time ran out first. set() wakes every waiter at once; clear() makes later waits block again.
import threading
import time

go = threading.Event()


def runner(name, patience):
    if go.wait(timeout=patience):
        print(f"{name}: started at {time.monotonic()}")
    else:
        print(f"{name}: gave up at {time.monotonic()}")


threads = [threading.Thread(target=runner, args=(n, p)) for n, p in (("ann", 5), ("bob", 1), ("cy", None))]
for t in threads:
    t.start()
time.sleep(2)
print("main: set", go.is_set())
go.set()
print("main: after set", go.is_set())
for t in threads:
    t.join()
go.clear()
print("wait(0.5) after clear:", go.wait(0.5), "at", time.monotonic())
print("wait(0) returns at once:", go.wait(0), "at", time.monotonic())
