# Process.terminate and kill end a process wherever it is (exit codes -15 and -9, named in
# its repr), and leaving `with Pool()` kills the workers with their unfinished tasks.
import multiprocessing as mp
import time

def forever():
    while True:
        time.sleep(0.1)

def slow(x):
    time.sleep(x)
    print("slow done", x, flush=True)
    return x

if __name__ == "__main__":
    p = mp.Process(target=forever)
    p.start()
    time.sleep(0.35)
    print(p.is_alive())
    p.terminate()
    p.join()
    print(p.exitcode, p.is_alive(), repr(p).split(" ")[0], repr(p).split(" ")[-1])
    k = mp.Process(target=forever)
    k.start(); k.kill(); k.join(); print(k.exitcode)
    with mp.Pool(2) as pool:
        r = pool.apply_async(slow, (5,))
        print(pool.apply(slow, (0.1,)))
    print("pool gone", r.ready())
