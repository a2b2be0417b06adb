# collections.deque is a double-ended queue: O(1) appends and pops at both ends, rotate,
# and a maxlen that drops items from the opposite end. Changing its size while iterating
# over it is a RuntimeError. Notice the reprs with and without maxlen.
import asyncio
from collections import deque


async def main():
    history = deque(maxlen=3)
    for i in range(5):
        await asyncio.sleep(0.1)
        history.append(i)
        print(f"after {i}: {history}")
    d = deque("abcde")
    d.rotate(2)
    print(d, d.popleft(), d.pop(), d)
    d.rotate(-1)
    d.extendleft("xy")
    d.insert(2, "!")
    print(d, d.index("!"), d.count("a"), "b" in d, d[0], d[-1], len(d), d.maxlen)
    d[0] = "Y"
    del d[1]
    d.remove("!")
    print(d, d.copy() == d, d == list(d), deque([1, 2]) < deque([1, 3]), deque([1]) + deque([2]) * 2)
    print(list(reversed(d)), bool(deque()), deque(range(3), maxlen=0), deque([[1]], 1))
    nested = deque([1])
    nested.append(nested)
    print(nested)
    for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: d.index("zz"),
                lambda: d.remove("zz"), lambda: d[10], lambda: d["0"], lambda: d[1:2],
                lambda: deque(maxlen=-1), lambda: deque([1], 1).insert(0, 2), lambda: hash(d),
                lambda: d + [1], lambda: d < [1], lambda: setattr(d, "maxlen", 9)):
        try:
            bad()
        except (IndexError, ValueError, TypeError, AttributeError) as e:
            print(type(e).__name__ + ":", e)
    try:
        for item in d:
            d.append(item)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
