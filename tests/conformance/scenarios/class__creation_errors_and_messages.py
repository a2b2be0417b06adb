# Errors of class creation and of a few built-ins, in CPython's words: a base listed twice,
# two bases whose `__slots__` both add slots, `super()` with a non-type, `reversed()` of a
# sequence without a length, and `typing` forms that take a single type.
from typing import ClassVar, Final, Optional, Required


class A:
    pass


class Point:
    __slots__ = ("x", "y")


class Named:
    __slots__ = ("name",)


class Empty:
    __slots__ = ()


class Tagged(Point):
    __slots__ = ("tag",)


attempts = {
    "duplicate base": lambda: type("B", (A, A), {}),
    "slot layouts": lambda: type("C", (Point, Named), {}),
    "super(5, x)": lambda: super(5, object()),
    "super('A')": lambda: super("A"),
}
for label, attempt in attempts.items():
    try:
        attempt()
    except TypeError as e:
        print(f"{label}: {e}")

try:
    class Twice(A, A):
        pass
except TypeError as e:
    print("class statement:", e)


class Both(Point, Empty):
    pass


class Deeper(Tagged, Point):
    pass


print(Both.__mro__[1].__name__, [c.__name__ for c in Deeper.__mro__])


class OnlyGetitem:
    def __getitem__(self, i):
        return i


for value in (OnlyGetitem(), 5, {1, 2}):
    try:
        reversed(value)
    except TypeError as e:
        print("reversed:", e)

for form in (Optional, ClassVar, Final, Required):
    try:
        form[int, str]
    except TypeError as e:
        print(e)
print(Optional[int], ClassVar[int], Final[str])
