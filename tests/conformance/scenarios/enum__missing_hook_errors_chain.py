# An error from an enum's _missing_ hook (or a wrong value it returns, as a TypeError) is
# raised with "not a valid" ValueError as its context, as CPython's Enum.__new__ chains
# them; a ValueError of the hook's own is raised as it is.
from enum import Enum
class Shape(Enum):
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        if value == "bad":
            return 5
        if value == "val":
            raise ValueError("custom")
        return cls[value.upper()]
for v in ("hexagon", "bad", "val", "square", 2):
    try:
        print(Shape(v))
    except Exception as e:
        print(type(e).__name__, e, repr(e.__context__))
class Plain(Enum):
    A = 1
try:
    Plain(3)
except ValueError as e:
    print(e, e.__context__)
Shape("circle")
