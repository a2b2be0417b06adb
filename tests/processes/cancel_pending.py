# ProcessPoolExecutor moves at most max_workers + 1 calls to its workers; the rest wait in
# the parent and can still be cancelled. (Which of them shutdown(cancel_futures=True) cancels
# depends on CPython's timing: not checked here.)
import time
from concurrent.futures import ProcessPoolExecutor, wait

def nap(x):
    time.sleep(0.2)
    return x

if __name__ == "__main__":
    ex = ProcessPoolExecutor(2)
    fs = [ex.submit(nap, i) for i in range(8)]
    time.sleep(0.05)
    print([f.cancel() for f in fs[5:]], [f.running() for f in fs[:2]])
    ex.shutdown()
    print([f.cancelled() for f in fs], [f.result() for f in fs if not f.cancelled()])
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(nap, range(5))))
