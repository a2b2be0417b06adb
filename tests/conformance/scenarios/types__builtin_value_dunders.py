# The dunders built-in values have, called directly: bool's are int's, bytes and slices compare,
# ranges show themselves, lists and dicts reverse, every type formats.
tests = [
    (True, ["__eq__", "__hash__", "__repr__", "__ne__", "__lt__", "__str__", "__add__", "__and__", "__bool__", "__int__", "__format__", "__index__"]),
    (5, ["__eq__", "__hash__", "__repr__", "__str__", "__add__", "__bool__", "__format__", "__lt__"]),
    (2.5, ["__eq__", "__hash__", "__repr__", "__str__", "__add__", "__bool__", "__format__", "__lt__", "__int__"]),
    ("ab", ["__eq__", "__hash__", "__repr__", "__str__", "__add__", "__len__", "__format__", "__lt__", "__contains__", "__getitem__", "__mul__", "__iter__"]),
    (b"ab", ["__eq__", "__hash__", "__repr__", "__str__", "__add__", "__len__", "__lt__", "__contains__", "__getitem__", "__iter__"]),
    (bytearray(b"x"), ["__eq__", "__repr__", "__len__", "__add__", "__getitem__", "__iter__"]),
    ((1, 2), ["__eq__", "__hash__", "__repr__", "__str__", "__add__", "__len__", "__format__", "__lt__", "__contains__", "__getitem__", "__iter__", "__mul__"]),
    ([1], ["__eq__", "__repr__", "__str__", "__add__", "__len__", "__format__", "__lt__", "__contains__", "__getitem__", "__iter__", "__iadd__", "__reversed__"]),
    ({1: 2}, ["__eq__", "__repr__", "__str__", "__len__", "__format__", "__contains__", "__getitem__", "__iter__", "__or__", "__reversed__"]),
    ({1}, ["__eq__", "__repr__", "__str__", "__len__", "__contains__", "__iter__", "__or__", "__and__", "__sub__", "__le__"]),
    (frozenset({1}), ["__eq__", "__hash__", "__repr__", "__len__", "__or__"]),
    (range(3), ["__eq__", "__hash__", "__repr__", "__str__", "__len__", "__contains__", "__getitem__", "__iter__", "__reversed__", "__bool__"]),
    (slice(1), ["__eq__", "__repr__", "__hash__", "__lt__"]),
    (None, ["__eq__", "__hash__", "__repr__", "__str__", "__bool__"]),
    (3j, ["__eq__", "__repr__", "__add__", "__abs__"]),
]
for v, names in tests:
    missing = [n for n in names if not hasattr(v, n)]
    print(type(v).__name__, "missing:", missing)
    for n in names:
        if hasattr(v, n):
            try:
                f = getattr(v, n)
                if n in ("__eq__", "__ne__", "__lt__", "__le__", "__contains__", "__and__", "__or__", "__add__", "__sub__", "__mul__", "__iadd__"):
                    arg = v if n not in ("__mul__",) else 2
                    if n == "__contains__": arg = 1
                    r = f(arg)
                elif n in ("__getitem__",):
                    r = f(0)
                elif n == "__format__":
                    r = f("")
                elif n in ("__iter__", "__reversed__"):
                    r = list(f())
                elif n in ("__sizeof__", "__hash__"):
                    r = type(f()).__name__
                else:
                    r = f()
                print("  ", n, repr(r))
            except Exception as e:
                print("  ", n, type(e).__name__, e)
