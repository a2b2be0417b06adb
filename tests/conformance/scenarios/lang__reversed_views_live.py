# reversed() of a list or a dict is a live iterator over it, as in CPython: it sees items
# changed after it was made, stops when the list shrank past it, and a dict that changed
# size is an error. reversed(range) is a range iterator.
a = [1, 2, 3]
it = reversed(a)
a[0] = "X"
print(type(it).__name__, list(it))
b = [1, 2, 3]
it = reversed(b)
b.pop()
print(list(it))
c = [1, 2, 3, 4]
it = reversed(c)
print(next(it))
c.append(5)
print(list(it))

d = {1: "a", 2: "b"}
it = reversed(d)
d[3] = "c"
for _ in range(2):
    try:
        print(list(it))
    except RuntimeError as e:
        print("RuntimeError", e)
d = {1: "a", 2: "b", 3: "c"}
for view in (d, d.keys(), d.values(), d.items()):
    it = reversed(view)
    print(type(it).__name__, list(it))
d = {i: i for i in range(6)}
del d[4]
del d[0]
print(list(reversed(d)), list(reversed(d.values())))

r = reversed(range(3, 20, 4))
print(type(r).__name__, list(r), list(reversed(range(0))), list(reversed(range(5, -6, -3))))
print(list(reversed(range(10**18, 10**18 + 3))))
t = reversed((1, 2, 3))
print(type(t).__name__, list(t))
