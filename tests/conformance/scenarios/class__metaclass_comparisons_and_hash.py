# A metaclass's comparison and hash methods decide for its classes: ordering plugin classes,
# classes equal by name, and the unhashable classes of a metaclass with __eq__ alone.
from enum import Enum


class Ordered(type):
    def __lt__(cls, other):
        return cls.priority < other.priority

    def __eq__(cls, other):
        return isinstance(other, Ordered) and cls.priority == other.priority

    def __hash__(cls):
        return hash(cls.priority)


class Low(metaclass=Ordered):
    priority = 1


class High(metaclass=Ordered):
    priority = 9


class AlsoLow(metaclass=Ordered):
    priority = 1


print(sorted([High, Low], key=lambda c: c) == [Low, High], Low < High, High > Low)
print(Low == AlsoLow, Low != AlsoLow, Low != High, hash(Low) == hash(1))
try:
    Low <= High
except TypeError as e:
    print("TypeError:", e)


class EqOnly(type):
    def __eq__(cls, other):
        return True


class Anything(metaclass=EqOnly):
    pass


print(Anything == 3, Anything != int)
try:
    hash(Anything)
except TypeError as e:
    print("TypeError:", e)


class Color(Enum):
    RED = 1


print(Color == Color, Color != Enum, hash(Color) == hash(Color), {Color: 1}[Color])
