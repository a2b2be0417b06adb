# as_completed() yields futures as they finish, fastest first; one that is already done
# when it is called comes out at once. The timeout bounds the whole iteration (here it is
# long enough). Futures of the calling code can be mixed with the pool's.
import concurrent.futures as cf
import time


def fetch(url, seconds):
    time.sleep(seconds)
    return f"{url} ({seconds} s)"


ready = cf.Future()
ready.set_result("cached (0 s)")
urls = {"alpha": 1.5, "beta": 0.5, "gamma": 3, "delta": 1}
with cf.ThreadPoolExecutor() as pool:
    futures = [pool.submit(fetch, u, s) for u, s in urls.items()] + [ready]
    for fut in cf.as_completed(futures, timeout=10):
        print(f"{time.monotonic()}: {fut.result()}")
    late = pool.submit(fetch, "epsilon", 2)
    try:
        late.result(timeout=1)
    except cf.TimeoutError:
        print(f"{time.monotonic()}: result(timeout=1) raised TimeoutError")
print("pool shut down at", time.monotonic())
