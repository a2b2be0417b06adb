# An uncaught exception in a thread ends only that thread: threading.excepthook prints
# "Exception in thread NAME:" and the traceback to stderr, the program goes on and exits
# with status 0. SystemExit in a thread is silent.
import sys
import threading
import time


def fragile(n):
    time.sleep(0.5)
    return 10 // n


def quitter():
    sys.exit(3)


t = threading.Thread(target=fragile, args=(0,), name="worker-1")
t.start()
t.join()
print("after the failed thread: alive =", t.is_alive())
threading.Thread(target=quitter).start()
threading.Thread(target=fragile, args=(5,)).start()
time.sleep(1)
print("main ends normally")
