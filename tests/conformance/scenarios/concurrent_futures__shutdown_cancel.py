# shutdown(wait=False, cancel_futures=True) cancels the jobs still waiting in the queue;
# the ones already running finish. shutdown(wait=True) would have waited for them. A
# cancelled future's result() raises CancelledError.
import concurrent.futures
import time


def job(n):
    time.sleep(1)
    print(f"  job {n} done at {time.monotonic()}")
    return n


pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(job, n) for n in range(5)]
time.sleep(0.5)
pool.shutdown(wait=False, cancel_futures=True)
print("after shutdown(wait=False) at", time.monotonic())
for n, f in enumerate(futures):
    print(n, "cancelled" if f.cancelled() else "running" if f.running() else "other")
try:
    futures[4].result()
except concurrent.futures.CancelledError:
    print("job 4: CancelledError")
print("results:", [f.result() for f in futures[:2]], "at", time.monotonic())
