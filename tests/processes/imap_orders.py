# Pool.imap yields in input order as results come, imap_unordered as they finish (sleeps
# make the finishing order known), chunks of imap, and an exception in the middle of imap.
import multiprocessing as mp
import time

def slow(x):
    time.sleep(0.3 - x * 0.1)
    return x * x

def fail(x):
    if x == 2:
        raise ValueError(x)
    return x

if __name__ == "__main__":
    with mp.Pool(3) as p:
        t0 = time.monotonic()
        for r in p.imap(slow, range(3)):
            print("imap", r, round(time.monotonic() - t0, 1))
        for r in p.imap_unordered(slow, range(3)):
            print("unordered", r)
        print(list(p.imap(abs, [-1, -2, -3, -4, -5], chunksize=2)))
        print(list(p.imap(abs, [])))
        it = p.imap(fail, range(4))
        try:
            for r in it:
                print("got", r)
        except ValueError as e:
            print("ValueError", e)
