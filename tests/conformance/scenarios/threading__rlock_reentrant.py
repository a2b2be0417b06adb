# An RLock can be acquired again by the thread that holds it; it is released when every
# acquire has been matched. Another thread waits until then. Only the owner may release:
# a plain Lock would deadlock on the second acquire.
import threading
import time

rlock = threading.RLock()


def outer():
    with rlock:
        print("outer: acquired")
        inner()
        time.sleep(1)
        print("outer: releasing")


def inner():
    with rlock:
        print("inner: acquired again by the same thread")


def other():
    print("other: waiting for the rlock")
    with rlock:
        print("other: got it at", time.monotonic())


threading.Thread(target=outer).start()
threading.Thread(target=other).start()
try:
    rlock.release()
except RuntimeError as e:
    print("main: RuntimeError:", e)
print(type(rlock))
