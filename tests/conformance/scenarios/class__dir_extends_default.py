# A __dir__ that extends the default listing (super().__dir__() or object.__dir__(self)), and
# issubclass with nested tuples of classes, as isinstance takes them.
class Record:
    def __init__(self, **fields):
        self._fields = fields

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None

    def __dir__(self):
        return list(super().__dir__()) + list(self._fields)


r = Record(alpha=1, beta=2)
names = dir(r)
print("alpha" in names, "beta" in names, "_fields" in names, "__dir__" in names, names == sorted(names))
print(sorted(object.__dir__(r)) == sorted(super(Record, r).__dir__()), r.alpha)


class Child(Record):
    def __dir__(self):
        return ["zeta"] + object.__dir__(self)


print([n for n in dir(Child(gamma=3)) if not n.startswith("__")])

NUMERIC = (int, float)
TEXT = (str, bytes)
print(isinstance(True, (TEXT, NUMERIC)), issubclass(bool, (TEXT, NUMERIC)))
print(issubclass(str, ((bytes,), ((float,), (str,)))), issubclass(list, ((), (dict, (set,)))))
try:
    issubclass(bool, ((int,), 5))
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(5, (int,))
except TypeError as e:
    print("TypeError:", e)
