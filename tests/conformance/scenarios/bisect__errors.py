# bisect's argument errors are those of CPython's C accelerator: lo must be a non-negative
# int, hi an int or None (hi=-1 means the whole length), a must have a length, and a
# comparison or key that fails raises as it would anywhere. The last one is uncaught.
import bisect

attempts = [
    lambda: bisect.bisect_left([1, 2, 3], 2, -1),
    lambda: bisect.insort_left([1, 2], 3, -1),
    lambda: bisect.bisect_left([1, 2, 3], 2, 'a'),
    lambda: bisect.bisect_left([1, 2, 3], 2, None),
    lambda: bisect.bisect_left([1, 2, 3], 2, 1.5),
    lambda: bisect.bisect_left([1, 2, 3], 2, 0, 'a'),
    lambda: bisect.bisect_right([1, 2, 3], 2, hi=2.0),
    lambda: bisect.bisect_left([1, 2, 3], 2, hi=10),
    lambda: bisect.bisect_left(5, 1),
    lambda: bisect.bisect_left({1: 2}, 1),
    lambda: bisect.bisect_left([1, 'a', 3], 2),
    lambda: bisect.bisect_left([1, 2, 3]),
    lambda: bisect.bisect_right(),
    lambda: bisect.bisect_left([1, 2, 3], 2, 0, 3, 4),
    lambda: bisect.insort([1, 2, 3], 2, 0, 3, 4),
    lambda: bisect.bisect_left([1, 2, 3], 2, key=5),
    lambda: bisect.bisect_left([1, 2, 3], 2, foo=5),
    lambda: bisect.bisect([1, 2, 3], 2, x=2),
    lambda: bisect.insort_right([1], 2, 0, 1, a=[]),
    lambda: bisect.insort((1, 2), 3),
    lambda: bisect.bisect_left([1, 2, 3], 2, lo=2**70),
    lambda: bisect.insort([1, 2], 0, key=lambda v: v.upper()),
]
for attempt in attempts:
    try:
        print('ok', attempt())
    except Exception as e:
        print(type(e).__name__, e)

print(bisect.bisect_left([1, 2, 3], 2, hi=-2), bisect.bisect_left([1, 2, 3], 2, 5))
schedule = [1.0, None, 2.5]
bisect.insort(schedule, 2.0)
