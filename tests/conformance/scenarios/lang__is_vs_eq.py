# `==` asks whether two values are equal; `is` asks whether they are the same object.
# Assignment never copies: two names can refer to one list, and changing it shows through
# both. Notice copies compare equal but are not identical.
a = [1, 2, 3]
b = a
c = list(a)
print(a == b, a is b, a == c, a is c, a is not c)
b.append(4)
print(a, c, len(a), len(c))
d = a[:]
d[0] = 99
print(a[0], d[0], a == d)
nested = [[0]] * 3
nested[0].append(1)
print(nested, nested[0] is nested[2])
fresh = [[0] for _ in range(3)]
fresh[0].append(1)
print(fresh, fresh[0] is fresh[2])
x = None
print(x is None, x == None, x is not None, type(x).__name__)
t = (1, 2)
u = t
print(t is u, t == (1, 2), [] is [], {} == {}, "ab" == "a" + "b")
def same(p, q):
    return p is q
print(same(a, b), same(a, c), same(True, True), same(None, None))
e = {"k": [1]}
f = dict(e)
f["k"].append(2)
f["j"] = 0
print(e, f, e["k"] is f["k"])
