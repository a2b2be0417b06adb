# threading.local() gives every thread its own attributes: each worker sees only what it
# stored, and the main thread's value is untouched. A thread that never set an attribute
# gets AttributeError.
import threading
import time

context = threading.local()
context.user = "main-user"


def handle(user, delay):
    context.user = user
    time.sleep(delay)
    print(f"{threading.current_thread().name} sees user={context.user}")


def nosy():
    try:
        print(context.user)
    except AttributeError as e:
        print("nosy: AttributeError:", e)


threads = [threading.Thread(target=handle, args=(u, d), name=f"w-{u}") for u, d in (("ann", 0.2), ("bob", 0.1))]
threads.append(threading.Thread(target=nosy))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("main sees user =", context.user)
