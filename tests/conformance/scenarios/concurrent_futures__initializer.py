# A pool's initializer runs once in each new worker before its first job (initargs are its
# arguments). One that raises breaks the pool: the failure is logged ("Exception in
# initializer:" with its traceback, through the concurrent.futures logger) and every queued
# job fails with BrokenThreadPool; later submits raise it at once.
import concurrent.futures
import threading
import time


def setup(tag):
    print(f"setup({tag}) in {threading.current_thread().name}")


def failing_setup():
    raise OSError("no database")


def job(n):
    time.sleep(0.5)
    return n * n


with concurrent.futures.ThreadPoolExecutor(2, "ok", initializer=setup, initargs=("db",)) as pool:
    print(list(pool.map(job, range(4))))

pool = concurrent.futures.ThreadPoolExecutor(1, initializer=failing_setup)
futures = [pool.submit(job, n) for n in range(2)]
for f in futures:
    try:
        f.result()
    except concurrent.futures.thread.BrokenThreadPool as e:
        print("BrokenThreadPool:", e)
try:
    pool.submit(job, 3)
except concurrent.futures.thread.BrokenThreadPool as e:
    print("submit:", type(e).__name__, isinstance(e, concurrent.futures.BrokenExecutor))
pool.shutdown()
