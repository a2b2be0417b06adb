# After shutdown() an executor refuses new work with RuntimeError; shutdown() can be called
# again. max_workers must be positive, and the default is min(32, os.cpu_count() + 4) = 12
# (os.cpu_count() is fixed at 8). Pools without a prefix are ThreadPoolExecutor-K.
import concurrent.futures
import os
import threading

print("cpu_count:", os.cpu_count())
pool = concurrent.futures.ThreadPoolExecutor()
print("max_workers:", pool._max_workers)
print(pool.submit(threading.current_thread).result().name)
pool.shutdown()
pool.shutdown()
try:
    pool.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    concurrent.futures.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
try:
    concurrent.futures.ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print("TypeError:", e)
with concurrent.futures.ThreadPoolExecutor(2) as second:
    print(second.submit(lambda: threading.current_thread().name).result())
