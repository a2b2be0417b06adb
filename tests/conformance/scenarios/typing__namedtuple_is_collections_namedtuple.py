# A typing.NamedTuple class is a collections.namedtuple class: its MRO is (Point, tuple,
# object), it has _make, _field_defaults and __match_args__ (so `case Point(x, y)`
# works), and the body's methods, properties and docstring join it.
# Notice the errors for a field without default after one with, and for redefining _asdict.
from typing import NamedTuple, Optional


class Point(NamedTuple):
    """A point."""
    x: float
    y: float = 0.0

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(p, p.norm(), Point.__mro__, Point.__bases__)
print(Point.__match_args__, Point._fields, Point._field_defaults, Point.__doc__)
print(Point._make([1, 2]), p._replace(x=9), Point.x.__doc__, Point.__new__.__defaults__)
match p:
    case Point(x, y) if x > 1:
        print("matched", x, y)
Emp = NamedTuple("Emp", [("name", str), ("boss", Optional["Emp"])])
print(Emp("a", None), Emp.__mro__, Emp.__annotations__, NamedTuple.__name__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)

class Sub(Point):
    def __repr__(self):
        return f"Sub<{self.x}, {self.y}>"


print(Sub(1, 2), Sub.__mro__)
