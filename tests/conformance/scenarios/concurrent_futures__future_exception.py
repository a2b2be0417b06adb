# A job that raises completes its future with the exception: exception() returns it,
# result() raises it in the caller, with the job's frames in the traceback. Here the last
# result() is not caught, so the program ends with that traceback and status 1.
import concurrent.futures
import time


def risky(n):
    time.sleep(n / 10)
    if n % 2:
        raise ValueError(f"odd input {n}")
    return n


pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(risky, n) for n in range(4)]
for f in futures:
    exc = f.exception()
    print(f"{time.monotonic()}: exception() -> {exc!r}")
print(futures[1])
print("results of the even ones:", [f.result() for f in futures[::2]])
pool.shutdown(wait=True)
futures[3].result()
