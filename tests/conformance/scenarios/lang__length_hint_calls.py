# list(), tuple(), sorted(), str.join, list.extend, [*x] and f(*x) ask an object for its
# length after taking its iterator (CPython's length hint): a __len__ that prints is seen.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        print("  __len__")
        return len(self.items)

    def __iter__(self):
        print("  __iter__")
        return iter(self.items)


b = Bag(3, 1, 2)
for label, make in [
    ("list", lambda: list(b)),
    ("tuple", lambda: tuple(b)),
    ("sorted", lambda: sorted(b)),
    ("star", lambda: [*b]),
    ("star-mid", lambda: [0, *b, 9]),
    ("call", lambda: (lambda *a: a)(*b)),
    ("join", lambda: "-".join(Bag("a", "b"))),
    ("set", lambda: sorted(set(b))),
    ("dict.fromkeys", lambda: dict.fromkeys(b)),
    ("for", lambda: [x for x in b]),
]:
    print(label)
    print(" ", make())

extended = [0]
print("extend")
extended.extend(b)
extended += b
print(extended)


class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __iter__(self):
        return iter([1, 2])

    def __length_hint__(self):
        print("  __length_hint__ ->", repr(self.hint))
        if isinstance(self.hint, Exception):
            raise self.hint
        return self.hint


for hint in [2, 0, NotImplemented, True, -1, "two", 2.0, TypeError("no"), KeyError("k")]:
    try:
        print(list(Hinted(hint)))
    except Exception as e:
        print(type(e).__name__, e)


class BadLen:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter("ab")

    def __len__(self):
        if isinstance(self.n, Exception):
            raise self.n
        return self.n

    def __length_hint__(self):
        print("  hint asked")
        return 5


for n in [2, -1, "x", TypeError("t"), ValueError("v"), 2**70]:
    try:
        print(tuple(BadLen(n)))
    except Exception as e:
        print(type(e).__name__, e)


class NotIterable:
    def __len__(self):
        print("  never asked")
        return 1


try:
    list(NotIterable())
except TypeError as e:
    print(e)
