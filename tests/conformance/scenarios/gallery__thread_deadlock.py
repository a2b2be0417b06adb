# The classic deadlock: each thread holds one lock and waits for the other's. Real CPython
# would hang forever; here the run stops with a deadlock report on stderr listing every
# thread and the line it waits on, and exit status 3.
import threading
import time

fork = threading.Lock()
knife = threading.Lock()


def left():
    with fork:
        time.sleep(0.1)
        with knife:
            print("left eats")


def right():
    with knife:
        time.sleep(0.1)
        with fork:
            print("right eats")


a = threading.Thread(target=left, name="left")
b = threading.Thread(target=right, name="right", daemon=True)
a.start()
b.start()
print("main: waiting for left")
a.join()
print("never printed")
