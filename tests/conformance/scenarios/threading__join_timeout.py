# join(timeout) waits at most that long and returns None either way: is_alive() tells
# whether the thread ended. At 3 s the thread's sleep and the third join end together;
# the sleep began first, so the thread finishes first and that join sees it ended.
import threading
import time


def slow():
    print("slow: working for 3 s")
    time.sleep(3)
    print("slow: finished")


t = threading.Thread(target=slow)
t.start()
for attempt in range(1, 5):
    result = t.join(timeout=1)
    print(f"attempt {attempt}: join returned {result}, alive={t.is_alive()}")
    if not t.is_alive():
        break
t.join(timeout=0)
print("join(timeout=0) on a finished thread returns at once:", time.monotonic())
