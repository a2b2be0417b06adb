# Future.result(timeout) and exception(timeout) raise TimeoutError (the built-in one, which
# concurrent.futures.TimeoutError is) when the call is not done in time; the future stays
# pending and a later result() still gets the value. done() and running() along the way.
import concurrent.futures
import time


def compute():
    time.sleep(2)
    return 42


with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(compute)
    print("TimeoutError is the built-in:", concurrent.futures.TimeoutError is TimeoutError)
    try:
        fut.result(timeout=0.5)
    except TimeoutError as e:
        print("result(0.5):", type(e).__name__, repr(e), "at", time.monotonic())
    try:
        fut.exception(timeout=0.5)
    except TimeoutError:
        print("exception(0.5): TimeoutError at", time.monotonic())
    print("done:", fut.done(), "running:", fut.running())
    print("result():", fut.result(), "at", time.monotonic())
    print("done:", fut.done(), "running:", fut.running(), "exception:", fut.exception())
