# A done callback that raises does not stop the others: concurrent.futures logs "exception
# calling callback for <Future ...>" with the traceback (its logger, on stderr) and goes on.
# A callback added to a future already done runs at once, in the adding thread.
import concurrent.futures
import threading
import time


def compute():
    time.sleep(0.5)
    return 6 * 7


def fragile(fut):
    print("fragile sees", fut.result(), "in", threading.current_thread().name)
    raise ValueError("callback broke")


def steady(fut):
    print("steady sees", fut.result(), "at", time.monotonic())


with concurrent.futures.ThreadPoolExecutor(1, "cb") as pool:
    fut = pool.submit(compute)
    fut.add_done_callback(fragile)
    fut.add_done_callback(steady)
    fut.result()
    fut.add_done_callback(fragile)
print("still running at", time.monotonic())
