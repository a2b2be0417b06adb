# Sets hold unique hashable values. Sets of small ints iterate in an order decided by the
# values' hashes (for small ints: the ints themselves), not by insertion order.
# Notice {3, 1, 2} prints sorted, and the KeyError from remove() versus discard().
s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 not in s, set(), {0}, set([4, 4, 5]), set(range(5)))
s.add(10)
s.add(1)
s.discard(42)
s.remove(3)
print(s, sorted(s), sum(s), max(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= b, {3} <= b, {3} < b, b > {5}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
c = set(a)
c.update([7, 8], (9,))
c.intersection_update(range(2, 9))
c.difference_update({4})
print(c, c == {2, 3, 7, 8}, c != a, frozenset([2, 1]), frozenset() == set())
evens = {n for n in range(10) if n % 2 == 0}
print(evens, {n % 3 for n in range(10)}, {-1, -2, 0}, {100, 8, 16, 1})
popped = {5}.pop()
print(popped, {1, 2}.copy(), len({1, 1.0, True}), {(1, 2), (1, 2)})
t = {1, 2}
t.clear()
print(t, bool(t))
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    print({1} + {2})
except TypeError as e:
    print("TypeError:", e)
try:
    print(s[0])
except TypeError as e:
    print("TypeError:", e)
