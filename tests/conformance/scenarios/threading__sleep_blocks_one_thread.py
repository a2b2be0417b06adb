# time.sleep() blocks only the thread that calls it: three threads sleeping 1, 2 and 3
# seconds all finish within 3 seconds, and time.monotonic() reads the same clock in every
# thread. While a thread sleeps, the others keep running.
import threading
import time

start = time.monotonic()


def sleeper(seconds):
    name = threading.current_thread().name
    print(f"{name}: sleeping {seconds} s at {time.monotonic() - start}")
    time.sleep(seconds)
    print(f"{name}: woke at {time.monotonic() - start}")


def counter():
    for i in range(3):
        print(f"counter: {i}")
        time.sleep(1.5)


threads = [threading.Thread(target=sleeper, args=(s,), name=f"s{s}") for s in (3, 1, 2)]
threads.append(threading.Thread(target=counter, name="counter"))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"total: {time.monotonic() - start} s, not {3 + 1 + 2 + 4.5}")
