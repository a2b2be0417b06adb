# An uncaught exception in the main thread is printed first; then, as at every exit, the
# interpreter waits for the non-daemon threads, whose output still appears. The exit status
# is 1 because of the main thread's exception.
import threading
import time


def cleanup():
    print("cleanup: started")
    time.sleep(2)
    print("cleanup: finished, main_thread alive:", threading.main_thread().is_alive())


threading.Thread(target=cleanup).start()
time.sleep(0.5)
print("main: about to fail")
raise RuntimeError("main thread failed")
