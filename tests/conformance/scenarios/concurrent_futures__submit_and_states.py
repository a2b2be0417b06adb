# ThreadPoolExecutor.submit() returns a Future whose repr shows its state: running while a
# worker executes it, pending while it waits for a free worker, finished afterwards.
# Workers of a pool without a name prefix are called ThreadPoolExecutor-N_M.
import concurrent.futures
import threading
import time


def square(x):
    time.sleep(1)
    return x * x, threading.current_thread().name


pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
first = pool.submit(square, 3)
second = pool.submit(square, 4)
print(first)
print(second)
print("running:", first.running(), second.running(), "done:", first.done())
print(first.result())
print(second)
print(second.result(timeout=2))
print(second, "at", time.monotonic())
pool.shutdown()
try:
    pool.submit(square, 5)
except RuntimeError as e:
    print("RuntimeError:", e)
