# __len__ may return any __index__ object; a module's own __dir__ answers dir(module); a
# class attribute on an instance without __dict__ is read-only; method descriptors called
# with another type's receiver, and argument counts of sorted and deque, say what CPython's
# C code says.
import sys
import types
from collections import deque


class I:
    def __index__(self):
        return 4


class C:
    def __len__(self):
        return I()


class Neg:
    def __len__(self):
        return -1


print(len(C()), bool(C()))
try:
    len(Neg())
except ValueError as e:
    print("ValueError:", e)

mod = types.ModuleType("plugin")
mod.x = 1
mod.__dir__ = lambda: ["zeta", "alpha"]
print(dir(mod))


class Point:
    __slots__ = ("x",)
    color = "red"

    def move(self):
        pass


p = Point()
for action in (lambda: setattr(p, "color", "blue"), lambda: delattr(p, "color"),
               lambda: setattr(p, "move", 1), lambda: setattr(p, "other", 1),
               lambda: delattr(p, "x")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)

calls = [lambda: list.append((), 1), lambda: list.append(), lambda: dict.keys([]),
         lambda: dict.items(()), lambda: set.add([], 1), lambda: range.count(5, 1),
         lambda: list.sort(deque()), lambda: sorted(iterable=[1]), lambda: sorted(),
         lambda: sorted([2, 1], key=None, x=1), lambda: deque(foo=1),
         lambda: deque([], maxlen=1, x=2), lambda: deque([], 1, 2), lambda: deque().index(),
         lambda: deque([1]).index(1, 0, 1, 2), lambda: deque().insert(0)]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
