# Enum definitions CPython checks or lists: dir() of an enum class and of its members (a data
# type's names too), a class statement in the body (a member in 3.11, with its warning), a
# class value given from outside, _order_ (checked, aliases and Flag combinations left out,
# then removed), reserved member names, the order of bases, and lookup by an equal but
# different value.
from enum import Enum, Flag, IntEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

    def describe(self):
        return self.name.title()

    @property
    def lower(self):
        return self.name.lower()


print(dir(Color))
print(dir(Color.RED))


class Level(IntEnum):
    LOW = 1
    HIGH = 2


print(len(dir(Level)) > 60, [n for n in dir(Level) if not n.startswith("_")])
print([n for n in dir(Level.LOW) if not n.startswith("_")])


class Perm(Flag):
    R = auto()
    W = auto()
    RW = R | W
    _order_ = "R W RW"


print(dir(Perm), list(Perm), hasattr(Perm, "_order_"))


class Shapes(Enum):
    SQUARE = 4

    class Circle:
        sides = 0


print(list(Shapes), Shapes.Circle.value.sides)


class Kind(Enum):
    INT = int
    TEXT = str


print(list(Kind), Kind(int))

try:

    class Planet(Enum):
        _order_ = "EARTH MARS VENUS"
        VENUS = 2
        EARTH = 3
        MARS = 4

except TypeError as e:
    print("TypeError:", e)


class Ordered(Enum):
    _order_ = "ONE, TWO"
    ONE = 1
    UNO = 1
    TWO = 2


print(list(Ordered), "_order_" in Ordered.__dict__)

try:

    class Bad(Enum):
        mro = 1

except ValueError as e:
    print("ValueError:", e)

try:

    class Backwards(Enum, int):
        A = 1

except TypeError as e:
    print("TypeError:", e)


class Caseless(str):
    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()

    __hash__ = str.__hash__


class Fruit(Enum):
    APPLE = Caseless("Apple")


print(Fruit("Apple"))
try:
    Fruit("apple")
except ValueError as e:
    print("ValueError:", e)


class Box(Enum):
    PAIR = [1, 2]


print(Box([1, 2]))


class Meta(type):
    pass


class Plain(metaclass=Meta):
    x = 1

    def method(self):
        pass


print([n for n in dir(Plain) if not n.startswith("__")], [n for n in dir(Plain()) if not n.startswith("__")])


class Listing(type):
    def __dir__(cls):
        return ["zeta", "alpha"]


class Listed(metaclass=Listing):
    pass


print(dir(Listed))
