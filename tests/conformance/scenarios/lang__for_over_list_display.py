# A list display iterated by a for loop or a comprehension is a tuple (CPython's fold_iter):
# a constant one when its items are constants; with a starred item it stays a list.
import inspect

a, b = 1, 2
g = (x for x in [1, 2])
print(inspect.getgeneratorlocals(g))
g2 = (x for x in [a, b])
print(type(inspect.getgeneratorlocals(g2)[".0"]).__name__, list(g2))
g3 = (x for x in [*range(2), 5])
print(type(inspect.getgeneratorlocals(g3)[".0"]).__name__, list(g3))
g4 = (x for x in {3, 1, 2})
print(type(inspect.getgeneratorlocals(g4)[".0"]).__name__)
total = 0
for v in [a, b, 3]:
    total += v
print(total, [y * 2 for y in [a, b]], {k: 0 for k in ["p", "q"]})


def walk():
    for item in ["x", a]:
        yield item


w = walk()
next(w)
print(type(w.gi_frame.f_locals.get("item")).__name__, list(w))
