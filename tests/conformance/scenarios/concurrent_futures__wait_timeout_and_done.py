# wait() with a timeout returns what is done by then, the rest stays in not_done; futures
# already done when wait() or as_completed() is called come back at once (printed sorted,
# as they are sets). FIRST_COMPLETED with nothing pending returns immediately.
import concurrent.futures
import time


def nap(n):
    time.sleep(n)
    return n


with concurrent.futures.ThreadPoolExecutor(3) as pool:
    fs = [pool.submit(nap, n) for n in (0.5, 1, 3)]
    done, not_done = concurrent.futures.wait(fs, timeout=1.5)
    print("at", time.monotonic(), "done:", sorted(f.result() for f in done), "not done:", len(not_done))
    done, not_done = concurrent.futures.wait(fs[:2], return_when=concurrent.futures.FIRST_COMPLETED)
    print("at", time.monotonic(), "already done:", len(done), len(not_done))
    order = [f.result() for f in concurrent.futures.as_completed(fs)]
    print("as_completed: the done ones", sorted(order[:2]), "then", order[2], "at", time.monotonic())
    try:
        concurrent.futures.wait(fs, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
