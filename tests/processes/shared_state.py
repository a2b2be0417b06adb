# multiprocessing's locks, semaphores, conditions and events, Value and Array: their reprs,
# errors and ctypes conversions, and four processes adding to one shared counter and array.
import multiprocessing as mp

l = mp.Lock(); print(repr(l)); l.acquire(); print(repr(l)); l.release()
r = mp.RLock(); print(repr(r)); r.acquire(); print(repr(r)); r.release()
s = mp.Semaphore(2); print(repr(s)); print(repr(mp.BoundedSemaphore(3)))
e = mp.Event(); print(e.is_set())
c = mp.Condition(); print(repr(c))
v = mp.Value('i', 5); print(repr(v), v.value, v.get_lock())
v2 = mp.Value('d', 1); print(repr(v2), v2.value)
v3 = mp.Value('i', 0, lock=False); print(repr(v3))
a = mp.Array('i', [1, 2, 3]); print(a[:], len(a), a[1]); a[0] = 9; print(list(a))
a2 = mp.Array('d', 3); print(a2[:])
big = mp.Value('i', 2**31); print(big.value)
for bad in [lambda: mp.Value('i', 1.5), lambda: mp.Lock().release(), lambda: mp.BoundedSemaphore(1).release()]:
    try:
        bad()
    except Exception as x:
        print(type(x).__name__, x)


def add(counter, arr, lock, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
    with lock:
        arr[0] += n


def waiter(ev, cond, out):
    ev.wait()
    with cond:
        out.value = 42
        cond.notify()


if __name__ == "__main__":
    counter = mp.Value('i', 0)
    arr = mp.Array('i', 2)
    lock = mp.Lock()
    ps = [mp.Process(target=add, args=(counter, arr, lock, 100)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(counter.value, arr[:])
    ev, cond, out = mp.Event(), mp.Condition(), mp.Value('i', 0)
    p = mp.Process(target=waiter, args=(ev, cond, out))
    p.start()
    with cond:
        ev.set()
        cond.wait_for(lambda: out.value == 42, timeout=5)
    p.join()
    print(out.value)
