# A subclass of tuple, list or int that declares `__slots__` has no `__dict__`, so a
# namedtuple (whose class says `__slots__ = ()`) refuses a new attribute, as CPython does.
# A subclass of Exception keeps the dict its base gives.
# Notice the message names the class and the attribute.
from collections import namedtuple
from typing import NamedTuple

P = namedtuple("P", "a b")


class Q(NamedTuple):
    a: int


class Tup(tuple):
    __slots__ = ()


class Num(int):
    __slots__ = ()


class Err(Exception):
    __slots__ = ()


for obj in (P(1, 2), Q(1), Tup(), Num(5), Err()):
    try:
        obj.extra = 1
        print(type(obj).__name__, "took extra:", obj.extra, vars(obj))
    except AttributeError as e:
        print("AttributeError:", e, hasattr(obj, "__dict__"))

class Items(list):
    __slots__ = ("label",)


items = Items([1, 2])
items.label = "two"
print(items, items.label, hasattr(items, "__dict__"))
