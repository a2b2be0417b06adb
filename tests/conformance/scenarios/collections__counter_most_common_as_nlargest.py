# Counter.most_common(n) is heapq.nlargest, as in CPython: ties keep their first-seen order,
# and a bad n fails at nlargest's own checks (n >= len(iterable) first).
from collections import Counter
c = Counter("abracadabra mississippi banana")
for n in (None, 0, 1, 2, 3, -1, 100, 2.0, "2", True):
    try:
        print(n, c.most_common(n))
    except TypeError as e:
        print(n, "TypeError:", e)
print(Counter().most_common(1), Counter().most_common(), Counter(a=1).most_common(1))
print(Counter({"x": 2, "y": 2, "z": 2, "w": 3}).most_common(2))
import heapq
print(heapq.nlargest(2, (x for x in [5, 2, 8])), heapq.nsmallest(2, {3: 'a', 1: 'b'}.items()))
for bad in ("3", 2.5, None):
    try:
        print(heapq.nlargest(bad, [1, 2, 3]))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(heapq.nsmallest(bad, iter([1, 2, 3])))
    except TypeError as e:
        print("TypeError:", e)
