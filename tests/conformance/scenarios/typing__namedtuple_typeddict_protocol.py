# typing.NamedTuple builds a tuple subclass from annotations (with defaults); TypedDict
# classes build plain dicts; Protocol classes are ordinary base classes at run time.
# Notice the reprs, _replace and _asdict, and the errors for missing fields.
from typing import NamedTuple, Protocol, TypedDict, NewType, cast, TYPE_CHECKING, runtime_checkable


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"


p = Point(1, label="a")
print(p, p.x, p[2], p._replace(y=5), p._asdict(), Point._fields, Point._field_defaults)
print(p == (1, 0, "a"), isinstance(p, tuple), len(p), tuple(p), Point.__annotations__)
Pixel = NamedTuple("Pixel", [("r", int), ("g", int)])
print(Pixel(1, 2), Pixel._fields)


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Up", year=2009)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__))


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None:
        ...


class File(Closer):
    def close(self) -> None:
        print("closed")


File().close()
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, cast("list[int]", [1]), TYPE_CHECKING)
for bad in (lambda: Point(), lambda: Point(1, 2, "x", 4), lambda: Point(1, z=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
