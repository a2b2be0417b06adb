# Under the deterministic schedule a started thread runs at once until it blocks; then the
# starting thread continues. A thread that never blocks finishes inside start(). Threads that
# were woken earlier wait their turn until the running thread blocks.
import threading
import time

ready = threading.Event()


def quick(label):
    print(f"{label}: whole body runs inside start()")


def waiter():
    print("waiter: waiting for the event")
    ready.wait()
    print("waiter: woke up")


def starter():
    print("starter: before start()")
    threading.Thread(target=quick, args=("quick",)).start()
    print("starter: after start()")


threading.Thread(target=waiter).start()
ready.set()
print("main: event set, the waiter is ready but main keeps running")
threading.Thread(target=starter).start()
print("main: about to sleep")
time.sleep(0)
print("main: after sleep(0)")
