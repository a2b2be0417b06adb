# A set's iteration order comes from its hash table: where each int lands depends on the
# table size, on collisions, and on slots left behind by deleted items. This replays many
# random adds, removals and set operations and prints every intermediate set.
import random

random.seed(7)
s = set()
for step in range(60):
    n = random.choice([random.randint(-10, 40), random.randint(0, 8) * 8, random.randint(0, 3) * 32])
    if random.random() < 0.4:
        s.discard(n)
    else:
        s.add(n)
    if step % 6 == 5:
        print(step, s)
a = {random.randint(0, 50) for _ in range(12)}
b = set(random.randint(0, 50) for _ in range(20))
print(a, b)
print(a | b, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
print(a.union(range(60, 65), [7]), a.intersection(range(20)), a.difference([1, 2, 3], b))
c = a.copy()
c |= {99, 3}
c -= {x for x in c if x % 3 == 0}
c ^= {1, 2, 3, 4}
print(c, sorted(c) == sorted(set(c)), set(c), frozenset(c) == c)
big = set(range(0, 400, 7))
big -= set(range(0, 400, 2))
print(len(big), list(big)[:12], big.pop(), big.pop(), list(big)[:5])
small = {3, 11, 19}
print(small, small.pop(), small, {1: 0, 9: 0, 17: 0}.keys() | {25}, set({33: "x", 1: "y"}))
print({-1, -2, -3, 2 ** 61, 2 ** 61 - 1, 2 ** 40}, {0.5, 1.5, 1.0, 2.0}, {(1, 2), (2, 1)} == {(2, 1), (1, 2)})
d = set(range(20))
d.intersection_update(range(5, 50, 3))
print(d, d.isdisjoint({6}), d.issubset(range(100)), {1, 2} < {1, 2, 3} <= {1, 2, 3})
