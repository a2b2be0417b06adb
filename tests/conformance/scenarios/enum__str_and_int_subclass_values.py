# StrEnum/IntEnum members and other str/int/float/tuple subclasses where built-in code reads
# their values: str methods, `in`, %-formatting, round, math.trunc, .real, reversed, slices.
import math
from collections import namedtuple
from enum import IntEnum, StrEnum
from fractions import Fraction


class Sep(StrEnum):
    COMMA = ","
    DASH = "-"


class Level(IntEnum):
    LOW = 1
    HIGH = 3


class Meters(float):
    pass


line = "a,b-c,d"
print(line.split(Sep.COMMA), Sep.DASH in line, line.replace(Sep.COMMA, ";"), line.count(Sep.COMMA))
print(line.startswith((Sep.DASH, "a")), line.strip(Sep.COMMA), line.find(Sep.DASH), "x".ljust(3, Sep.DASH))
print(line.partition(Sep.DASH), line.rpartition(Sep.COMMA), Sep.COMMA.join(["x", "y"]))
print("{}|{}".format(Sep.COMMA, Level.HIGH), "%s %d" % (Sep.DASH, Level.HIGH))
Point = namedtuple("Point", "x y")
print("x=%d y=%d" % Point(3, 4), "%(a)s" % type("D", (dict,), {})(a=1))
print(round(Meters(21.456)), round(Meters(21.456), 1), round(Level.HIGH), math.trunc(Meters(7.9)))
print(Meters(2.5).real, Level.HIGH.numerator, Level.HIGH.denominator, Fraction(Level.HIGH, 2))
print(list(reversed(Point(1, 2))), list(reversed(type("L", (list,), {})([1, 2, 3]))))
print([10, 20, 30, 40][Level.LOW:Level.HIGH], "abcdef"[Level.LOW:Level.HIGH])
