# A non-daemon thread waits for an Event nobody will set. The main thread's code ends,
# but the interpreter waits for that thread at shutdown, forever: the report shows the main
# thread at interpreter shutdown and the worker's waiting line.
import threading

never = threading.Event()


def waiter():
    print("waiter: waiting for an event that is never set")
    never.wait()


threading.Thread(target=waiter, name="waiter").start()
print("main: done, but the interpreter must join the waiter")
