# `x in seq`, index, count and remove on lists, tuples and deques compare one item at a
# time against the sequence as it is then: an __eq__ that changes a list changes what the
# search sees next, while a deque changed mid-search is an error.
from collections import deque


class Meddler:
    def __init__(self, target, action):
        self.target, self.action = target, action

    def __eq__(self, other):
        self.action(self.target)
        return False


items = list(range(6))
print(3 in items, 9 in items, items.index(4), items.index(4, -3), items.count(2))
print(Meddler(items, lambda t: t.clear()) in items, items)
items = [1, 2, 3]
print(Meddler(items, lambda t: t.append(len(t))) in items if len(items) < 3 else "skip")
items = [0, 1, 2, 3, 4]
seen = []
class Counter:
    def __eq__(self, other):
        seen.append(other)
        if other == 1:
            del items[2:]
        return False
print(items.count(Counter()), seen, items)
items = [5, 6, 7, 6]
items.remove(6)
print(items, items.index(6), items.index(6, 2, 3))
try:
    items.index(6, 0, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    items.remove(99)
except ValueError as e:
    print("ValueError:", e)
t = ("a", "b", "a", "c")
print("a" in t, "z" in t, t.index("c"), t.count("a"), t.index("a", 1))
try:
    t.index("z")
except ValueError as e:
    print("ValueError:", e)
nan = float("nan")
print(nan in [nan], [] in [[]], None in (0, False, None))

d = deque([1, 2, 3, 2])
print(2 in d, d.index(2), d.index(2, 2), d.count(2))
d.remove(2)
print(d)
for name, search in [("in", lambda d, x: x in d), ("index", lambda d, x: d.index(x)),
                     ("count", lambda d, x: d.count(x)), ("remove", lambda d, x: d.remove(x))]:
    d = deque([1, 2, 3])
    try:
        print(name, search(d, Meddler(d, lambda q: q.append(0))))
    except (RuntimeError, IndexError) as e:
        print(name, type(e).__name__, e)
