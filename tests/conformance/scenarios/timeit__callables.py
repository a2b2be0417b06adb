# timeit with callables: Timer.timeit/repeat/autorange's callback, the module functions and
# default_timer, all reading the virtual clock (free computation, so every figure is 0.0
# until a coroutine sleeps between two readings). Errors: a non-callable statement or setup.
import asyncio
import time
import timeit

calls = []


def work():
    calls.append(len(calls))


print(timeit.timeit(work, number=5), len(calls))
print(timeit.repeat(work, setup=lambda: calls.append("setup"), repeat=3, number=2))
print(calls.count("setup"), len(calls))
t = timeit.Timer(work)
print(t.timeit(number=0), t.repeat(repeat=2, number=1))
print(timeit.Timer().timeit(number=3), timeit.timeit(number=10))
print(timeit.default_timer is time.perf_counter)
print(timeit.default_number, timeit.default_repeat, timeit.__all__)

for bad in (42, None):
    try:
        timeit.Timer(stmt=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    timeit.Timer(work, setup=3.5)
except ValueError as e:
    print("ValueError:", e)


def failing():
    raise KeyError("inside the timed statement")


try:
    timeit.timeit(failing, number=3)
except KeyError as e:
    print("KeyError:", e)


async def main():
    start = timeit.default_timer()
    await asyncio.sleep(1.5)
    elapsed = timeit.default_timer() - start
    print(f"slept {elapsed:.3f} s")
    seen = []
    stop_after = iter(range(4))

    def tick():
        next(stop_after, None)

    try:
        timeit.Timer(tick).autorange(lambda n, t: seen.append((n, t)) or (len(seen) < 5 or 1 / 0))
    except ZeroDivisionError:
        print("autorange tried", [n for n, _ in seen])


asyncio.run(main())
