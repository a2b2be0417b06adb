# The seeds' last lesson, part 2: CPU-bound work in a thread pool. The results are right,
# but threads share one GIL, so CPython runs the chunks one at a time: no speed-up (only
# processes give one). Here CPU work costs no virtual time (both timings read 0.0 s) and a
# chunk never blocks, so it runs to its end at once and two workers are enough; with a
# CPU cost per instruction set, the GIL's hand-offs appear.
import concurrent.futures
import threading
import time


def count_primes(lo, hi):
    found = 0
    for n in range(max(lo, 2), hi):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            found += 1
    return found, threading.current_thread().name


chunks = [(i, i + 2500) for i in range(0, 10000, 2500)]
start = time.perf_counter()
serial = [count_primes(lo, hi)[0] for lo, hi in chunks]
print(f"serial: {sum(serial)} primes {serial} in {time.perf_counter() - start:.1f} s")
start = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    results = list(pool.map(count_primes, *zip(*chunks)))
print(f"4 threads: {sum(r[0] for r in results)} primes in {time.perf_counter() - start:.1f} s")
print("chunks ran in:", [r[1] for r in results])
