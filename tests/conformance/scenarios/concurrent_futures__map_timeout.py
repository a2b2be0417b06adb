# Executor.map submits every call at once and yields results in input order; with a timeout
# the iterator raises TimeoutError when a result is late, and the calls not collected yet
# are cancelled (those still queued). An exception in a call comes out of the iterator.
import concurrent.futures
import time


def nap(n):
    time.sleep(n)
    print(f"  nap({n}) done at {time.monotonic()}")
    return n * 10


with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    results = pool.map(nap, [0.5, 3, 1, 1], timeout=2)
    try:
        for r in results:
            print("got", r, "at", time.monotonic())
    except TimeoutError:
        print("TimeoutError at", time.monotonic())
print("pool closed at", time.monotonic())
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    try:
        print(list(pool.map(lambda x: 10 // x, [5, 2, 0, 1])))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
