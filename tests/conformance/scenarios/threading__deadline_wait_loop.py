# Waiting until a deadline in a loop, the way hand-written pollers do: each Event.wait gets
# the time left. A timed wait that times out wakes a little after its deadline (Linux's timer
# slack), so the time left goes below zero and the loop gives up, as on CPython; at exactly
# the deadline it would wait 0 for ever. concurrent.futures.as_completed(timeout=) does the
# same arithmetic.
import concurrent.futures as cf
import threading
import time

ready = threading.Event()
deadline = time.monotonic() + 0.3
rounds = 0
while not ready.is_set():
    left = deadline - time.monotonic()
    if left < 0:
        print("gave up after", rounds, "waits, late by", round(-left * 1e6), "us")
        break
    rounds += 1
    ready.wait(left)

with cf.ThreadPoolExecutor(2) as pool:
    fs = [pool.submit(time.sleep, 0.1), pool.submit(time.sleep, 1)]
    try:
        for f in cf.as_completed(fs, timeout=0.5):
            print("done", f.result(), "at", round(time.monotonic(), 3))
    except cf.TimeoutError as e:
        print("TimeoutError:", e, "at", round(time.monotonic(), 3))

lone = [cf.Future(), cf.Future()]
lone[0].set_result("first")
try:
    for f in cf.as_completed(lone, timeout=0.2):
        print("lone:", f.result())
except cf.TimeoutError as e:
    print("lone TimeoutError:", e)

cond = threading.Condition()
with cond:
    print("wait_for:", cond.wait_for(lambda: False, timeout=0.25))
print("event wait:", threading.Event().wait(0.1), round(time.monotonic(), 3))
