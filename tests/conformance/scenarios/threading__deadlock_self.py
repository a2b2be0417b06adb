# A plain Lock is not reentrant: a thread that acquires it twice waits for itself forever.
# Even with a single thread the run stops with the threads' deadlock report, naming the
# line the main thread waits on (an RLock would have been fine).
import threading

lock = threading.Lock()
with lock:
    print("got the lock once")
    with lock:
        print("never printed")
