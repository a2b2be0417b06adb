# Enum members combined inside the class body: auto() values are known as soon as they are
# assigned, so `RW = R | W` makes a Flag alias of the combination, and later members can
# build on earlier ones (an IntEnum constant, a StrEnum's generated name).
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X


print(list(Perm), Perm.RW, repr(Perm.ALL), Perm.RW.value, Perm(3) is Perm.RW)
print(Perm.R in Perm.RW, Perm.X in Perm.RW, [p.name for p in Perm.ALL])


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = GREEN + 1
    DEFAULT = RED


print(list(Color), Color.DEFAULT, Color.BLUE.value, Color(1) is Color.DEFAULT)


class Level(IntEnum):
    LOW = auto()
    HIGH = LOW * 10
    MAX = auto()


print([(m.name, m.value) for m in Level], Level.MAX > Level.HIGH)


class Mode(StrEnum):
    READ = auto()
    WRITE = auto()
    BOTH = READ + "+" + WRITE


print(list(Mode), Mode.BOTH.value)


class Opt(IntFlag):
    A = auto()
    B = auto()
    AB = A | B


print(Opt.AB, repr(Opt.AB), Opt.A | Opt.B is Opt.AB, int(Opt.AB))


class Planet(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()

    EARTH = auto()
    MARS = auto()


print(Planet.EARTH.value, Planet.MARS.value)
