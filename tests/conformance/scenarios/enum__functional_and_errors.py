# The functional API makes an Enum from a string, a list of names, pairs or a dict; a class
# can add methods, properties and a _missing_ hook. Notice the reprs of the classes and
# the messages when a member is reassigned or deleted, or a value has no member.
from enum import Enum, IntEnum, auto

Animal = Enum("Animal", "ANT BEE CAT")
Pair = Enum("Pair", [("ON", 1), ("OFF", 0)])
Table = Enum("Table", {"A": "a", "B": "b"})
Level = IntEnum("Level", ["LOW", "MID", "HIGH"])
print(list(Animal), Animal.BEE.value, list(Pair), Table("b"), Level.HIGH + 0, repr(Level(2)))
print(Animal, repr(Pair), type(Animal.ANT), Animal.__name__, len(Table))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.gravity, Planet((3.303e+23, 2.4397e6)))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

    def describe(self):
        return f"{self.name.lower()} ({self.value})"


print(Shape("circle"), Shape.DIAMOND.describe(), list(reversed(Shape)), Shape.ALIAS_FOR_SQUARE)
print(list(Shape.__members__.items())[-1], Shape.SQUARE in Shape, {Shape.SQUARE: 1}[Shape(2)])
print(sorted(Shape, key=lambda s: s.value), Shape.CIRCLE.name, hash(Shape.CIRCLE) == hash("CIRCLE"))
for bad in (lambda: Shape(9), lambda: Shape["circle"], lambda: delattr(Shape, "CIRCLE"),
            lambda: setattr(Shape, "SQUARE", 3), lambda: Level(0)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Auto(Enum):
    A = auto()
    B = 10
    C = auto()


print([m.value for m in Auto], Auto.C.value - Auto.A.value)
