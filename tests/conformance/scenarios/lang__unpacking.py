# Unpacking assigns the items of any iterable to several names at once: nested patterns,
# one starred name that collects the rest as a list, and swaps without a temporary.
# Notice the starred name is always a list, even when it collects nothing.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *middle, tail = range(5)
x, *empty, y = (1, 2)
print(first, rest, init, last, head, middle, tail, x, empty, y)
(p, q), r = (1, 2), 3
[m, [n, o]] = ["M", ("N", "O")]
print(p, q, r, m, n, o)
for i, (name, score) in enumerate([("ann", 3), ("bob", 5)]):
    print(i, name, score)
for key, *values in [("k1", 1, 2), ("k2",)]:
    print(key, values)
d = {"x": 1, "y": 2}
k1, k2 = d
(v1, v2) = d.values()
print(k1, k2, v1, v2, *d, *d.items())
print(*[1, 2], *"ab", sep="-")
combined = [*range(3), *"xy", *{"k": 0}]
merged = {**{"a": 1}, **{"b": 2}}
print(combined, merged, (*"ab",), [*()])
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
i, j = j, i = 1, 2
print(i, j)
def pair():
    return "left", "right"
left, right = pair()
print(left, right)
for case in ([1, 2, 3], [1], 5, "abc", (1, 2)):
    try:
        u, v = case
        print("unpacked", u, v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    one, two, *more = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    (g, h), z = [1, 2], [3]
    print(g, h, z)
    (g, h), z = [1, 2, 3], 4
except ValueError as e:
    print("ValueError:", e)
