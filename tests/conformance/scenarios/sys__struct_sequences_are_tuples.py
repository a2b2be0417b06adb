# Struct sequences (sys.version_info, sys.float_info, os.stat_result) are tuple subclasses:
# isinstance, sequence patterns, tuple's methods and unpacking work, and their repr, str and
# errors name their own type. Immutable subclasses of built-ins name the subclass too.
import os
import sys
from collections import namedtuple

v = sys.version_info
print(isinstance(v, tuple), [c.__name__ for c in type(v).__mro__])
print(v[:2], len(v), v.major, v >= (3, 11), v == tuple(v), hash(v) == hash(tuple(v)))
print(v.count(3), v.index(11), v[:2] + (1,), list(v)[:2])
major, minor, *_ = v
print(major, minor, str(v) == repr(v), repr(v)[:35])

match v:
    case (3, minor, *_) if minor >= 8:
        print("modern Python 3 minor", minor)
    case _:
        print("something else")

match sys.float_info:
    case [max_value, *_]:
        print("float_info starts with", max_value)

print(isinstance(os.stat("."), tuple), f"{v.major}.{v.minor}", "%d.%d" % v[:2])

for target in (v, namedtuple("Point", "x y")(1, 2), type("Name", (str,), {})("ab")):
    try:
        target[0] = 4
    except TypeError as e:
        print(e)
    try:
        del target[0]
    except TypeError as e:
        print(e)
