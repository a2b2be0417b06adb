# concurrent.futures.wait() returns two sets (done, not_done): with FIRST_COMPLETED it
# returns as soon as one future finishes, FIRST_EXCEPTION at the first failure, and with a
# timeout whatever is done by then. Sets have no order, so they are printed sorted.
import concurrent.futures as cf
import time


def job(name, seconds, fail=False):
    time.sleep(seconds)
    if fail:
        raise ValueError(name)
    return name


def names(futures):
    return sorted(f.exception().args[0] if f.exception() else f.result() for f in futures)


with cf.ThreadPoolExecutor(max_workers=4) as pool:
    fs = [pool.submit(job, n, s) for n, s in (("a", 3), ("b", 1), ("c", 2))]
    done, pending = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
    print(f"{time.monotonic()}: first completed {names(done)}, pending {len(pending)}")
    done, pending = cf.wait(fs, timeout=0.5)
    print(f"{time.monotonic()}: after timeout {names(done)}, pending {len(pending)}")
    fs.append(pool.submit(job, "boom", 0.25, fail=True))
    done, pending = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(f"{time.monotonic()}: first exception, done {names(done)}")
    done, pending = cf.wait(fs)
    print(f"{time.monotonic()}: all {names(done)}, pending {len(pending)}")
