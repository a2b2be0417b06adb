# A Thread runs its target in a new thread. Unnamed threads are called "Thread-N (target)";
# daemon defaults to the creating thread's flag. Here a new thread runs as soon as it is
# started, up to its first blocking call (time.sleep), before start() returns.
# Thread ids are real machine values, so only names are printed.
import threading
import time


def work(seconds):
    me = threading.current_thread()
    print(f"{me.name}: start, daemon={me.daemon}")
    time.sleep(seconds)
    print(f"{me.name}: done")


t1 = threading.Thread(target=work, args=(1,))
t2 = threading.Thread(target=work, args=(0.5,), name="quick", daemon=True)
print(repr(t1), t1.is_alive())
t1.start()
print("after t1.start()")
t2.start()
print("after t2.start()")
print("alive:", t1.is_alive(), t2.is_alive())
t1.join()
print("joined t1 at", time.monotonic(), "- t2 alive:", t2.is_alive())
print("current:", threading.current_thread().name, threading.current_thread() is threading.main_thread())
try:
    t1.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
