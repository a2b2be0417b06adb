# collections.namedtuple makes a tuple subclass with named fields: readable repr, access
# by name or index, unpacking, _replace/_asdict/_fields and defaults. Notice the errors
# for a missing argument, a bad field name and assignment.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], tuple(p), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x + y, p._replace(x=10), p._asdict(), Point._fields, len(p))
Request = namedtuple("Request", "method path timeout", defaults=[5.0])
r = Request("GET", "/")
print(r, Request._field_defaults, Request._make(["POST", "/x", 1]))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print(Point.__doc__, Point.x.__doc__, type(p).__name__, Point.__mro__[1].__name__)
Renamed = namedtuple("Renamed", ["ok", "def", "ok"], rename=True)
print(Renamed._fields)
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: namedtuple("Bad", ["class"]),
            lambda: namedtuple("Bad", ["a", "a"]), lambda: setattr(p, "x", 5)):
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
