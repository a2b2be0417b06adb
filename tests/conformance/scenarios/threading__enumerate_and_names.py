# threading.enumerate() lists the live threads (the main thread included), active_count()
# counts them. Unnamed threads share one counter: Thread-1, Thread-2, ... and a target's
# name in parentheses; a subclass without a target is just Thread-N.
import threading
import time


class Ticker(threading.Thread):
    def run(self):
        time.sleep(1)
        print(f"{self.name} ran as a subclass")


def idle():
    time.sleep(2)


threads = [threading.Thread(target=idle), Ticker(), threading.Thread(target=idle, name="named")]
threads.append(threading.Thread(target=lambda: time.sleep(1)))
for t in threads:
    t.start()
print("active:", threading.active_count())
print("names:", sorted(t.name for t in threading.enumerate()))
print("main:", threading.main_thread().name)
time.sleep(1.5)
print("after 1.5 s:", sorted(t.name for t in threading.enumerate()))
for t in threads:
    t.join()
print("after join:", [t.name for t in threading.enumerate()])
