# A pool that is never shut down still finishes its work: at interpreter shutdown
# concurrent.futures puts a None into each pool's queue and joins the workers, so the queued
# jobs run after the last line of the program. A daemon thread still sleeping is not waited for.
import concurrent.futures
import threading
import time


def job(n):
    time.sleep(1)
    print(f"job {n} done in {threading.current_thread().name} at {time.monotonic()}")


def forever():
    time.sleep(100)
    print("never printed")


threading.Thread(target=forever, daemon=True).start()
pool = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="late")
for n in range(3):
    pool.submit(job, n)
print("main ends at", time.monotonic(), "threads:", sorted(t.name for t in threading.enumerate()))
