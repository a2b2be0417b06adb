# namedtuple accepts field names as a list or one string (commas or spaces), checks them,
# and its classes are real tuple subclasses: hashable, comparable, sliceable. Notice the
# keyword errors of __new__, _make's length check and _replace's unknown field.
from collections import namedtuple

Pair = namedtuple("Pair", "left, right")
p = Pair(right=2, left=1)
print(p, p[:1], hash(p) == hash((1, 2)), p + (3,), p * 2, Pair.__name__, Pair.__qualname__)
print(repr(Pair.left.__doc__), Pair.__doc__, Pair._fields, Pair.__module__)
One = namedtuple("One", ["only"])
print(One(5), One._make([6]), One.__new__.__doc__)
D = namedtuple("D", "a b c", defaults=(2, 3))
print(D(1), D(1, c=9), D._field_defaults, D.__new__.__defaults__)
for bad in (lambda: Pair(1, 2, right=3), lambda: Pair(1, z=2), lambda: Pair._make([1]),
            lambda: p._replace(middle=0), lambda: namedtuple("X", "a _b"),
            lambda: namedtuple("1X", "a"), lambda: namedtuple("X", "a b", defaults=(1, 2, 3)),
            lambda: D(), lambda: D(1, 2, 3, 4), lambda: Pair()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
