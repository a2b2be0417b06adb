# A missing parent package is the module named by ModuleNotFoundError; pickle applies a
# __reduce__ tuple's list items (extend, else append) and dict items; int() counts its
# arguments before naming a bad keyword; csv and argparse carry __version__.
import argparse
import csv
import pickle

for stmt in ("from nonexistent_pkg.sub import thing", "import nonexistent_pkg.sub.deeper",
             "import nonexistent_top"):
    try:
        if stmt.startswith("from"):
            from nonexistent_pkg.sub import thing  # noqa: F401
        elif "deeper" in stmt:
            import nonexistent_pkg.sub.deeper  # noqa: F401
        else:
            import nonexistent_top  # noqa: F401
    except ModuleNotFoundError as e:
        print(stmt, "->", e, "|", e.name)


class Bag:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(("append", x))

    def __reduce__(self):
        return (Bag, (), None, iter([1, 2]))


class Pile(Bag):
    def extend(self, xs):
        self.items.append(("extend", list(xs)))

    def __reduce__(self):
        return (Pile, (), {"tag": "t"}, iter([3, 4]))


class Box:
    def __init__(self):
        self.data = {}

    def __setitem__(self, k, v):
        self.data[k] = v

    def __reduce__(self):
        return (Box, (), None, None, iter([("k", "v"), ("n", 1)]))


print(pickle.loads(pickle.dumps(Bag())).items)
pile = pickle.loads(pickle.dumps(Pile()))
print(pile.items, pile.tag)
print(pickle.loads(pickle.dumps(Box())).data)

for call in (lambda: int("3", base=2, x=1), lambda: int(1, 2, 3), lambda: int(x=1),
             lambda: int("11", base=2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(csv.__version__, argparse.__version__, "__version__" in csv.__all__)
