# Fork semantics and pool mechanics whose output does not depend on timing: a child's changes
# to the globals stay in the child, results come back in input order, worker names, exit
# codes, a worker's exception and an unpicklable argument reach the parent.
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor

counter = {"n": 0}
seen = []


def bump(x):
    counter["n"] += x
    seen.append(x)
    return counter["n"], mp.current_process().name.split("-")[0], os.getpid() != PARENT


def fail(x):
    raise KeyError(x)


def child(tag):
    seen.append(tag)
    print("child sees", seen, mp.current_process().name, mp.parent_process().name, flush=True)


if __name__ == "__main__":
    PARENT = os.getpid()
    seen.append("parent")
    with ProcessPoolExecutor(1) as ex:
        print(list(ex.map(bump, [1, 2, 3])))
        print(ex.submit(bump, 10).result())
        try:
            ex.submit(fail, "k").result()
        except KeyError as e:
            print("KeyError", e, type(e.__cause__).__name__)
        try:
            ex.submit(bump, lambda: 0).result()
        except Exception as e:
            print(type(e).__name__, str(e).split(" at ")[0])
    print(counter, seen)
    p = mp.Process(target=child, args=("one",))
    p.start()
    p.join()
    print(p.name, p.exitcode, p.is_alive(), seen)
    with mp.Pool(1) as pool:
        print(pool.map(bump, range(5)), pool.starmap(divmod, [(7, 2), (9, 4)]))
        print(pool.apply(bump, (100,)), pool.apply_async(pow, (2, 10)).get())
        print(list(pool.imap(abs, [-1, -2])))
        r = pool.map_async(fail, [1])
        r.wait()
        print(r.ready(), r.successful())
    print(counter)
