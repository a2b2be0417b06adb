# Enums mixing in the program's classes: a plain class whose __init__ fills the members in,
# a dataclass (the member type, its repr behind the enum's), __init__ on the enum itself
# (Planet), and the built-in mixins as before.
from dataclasses import dataclass
from enum import Enum, IntEnum, StrEnum, Flag, auto
class Coord:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Coord({self.x}, {self.y})"
class Dir(Coord, Enum):
    N = 0, 1
    E = 1, 0
print(Dir.N.x, Dir.N.value, repr(Dir.E), Dir((1, 0)))
@dataclass
class CreatureDataMixin:
    size: str
    legs: int
class Creature(CreatureDataMixin, Enum):
    BEETLE = 'small', 6
    DOG = 'medium', 4
print(Creature.BEETLE, repr(Creature.DOG), Creature.DOG.legs, Creature.BEETLE.value)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))
class P(IntEnum):
    A = 1
    B = auto()
class S(StrEnum):
    X = auto()
class F(Flag):
    R = auto()
    W = auto()
print(P.B, repr(P.A), S.X, repr(F.R | F.W), list(F))
class Val(str, Enum):
    A = "a"
    def __init__(self, *args):
        print("init", args)
print(Val.A.value)
