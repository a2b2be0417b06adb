# executor.map() submits every call at once and yields results in input order, waiting for
# each in turn, even when later calls finish first. With a timeout (counted from the map()
# call) the iteration raises TimeoutError; the call keeps running. Leaving the with block
# shuts the pool down and waits for its workers.
import concurrent.futures
import time


def nap(seconds):
    time.sleep(seconds)
    print(f"  finished nap({seconds}) at {time.monotonic()}")
    return seconds * 10


with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    for result in pool.map(nap, [0.3, 0.1, 0.2]):
        print("result", result, "at", time.monotonic())
    print(list(pool.map(pow, [2, 3], [5, 2])))
    try:
        for r in pool.map(nap, [1, 3], timeout=1.5):
            print("timed map result", r)
    except concurrent.futures.TimeoutError:
        print("TimeoutError at", time.monotonic())
print("pool closed at", time.monotonic())
