# enum.verify checks an enum when its class is made: UNIQUE refuses aliases, CONTINUOUS
# refuses gaps (in values, or in bits for a Flag), NAMED_FLAGS refuses aliases that
# contain unnamed bits; EnumCheck's members read as their descriptions.
from enum import CONTINUOUS, NAMED_FLAGS, UNIQUE, Enum, EnumCheck, Flag, IntEnum, verify


@verify(UNIQUE, CONTINUOUS)
class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3


print(list(Weekday), UNIQUE, repr(CONTINUOUS), list(EnumCheck))


def unique_fails():
    @verify(UNIQUE)
    class Color(Enum):
        RED = 1
        CRIMSON = 1
        BLUE = 2
        NAVY = 2


def gap_fails():
    @verify(CONTINUOUS)
    class Level(Enum):
        LOW = 1
        HIGH = 4


def flag_gap_fails():
    @verify(CONTINUOUS)
    class Bits(Flag):
        A = 1
        D = 8


def named_flags_fails():
    @verify(NAMED_FLAGS)
    class Perm(Flag):
        R = 1
        W = 2
        ALL = 15


def not_an_enum():
    verify(UNIQUE)(int)


for f in [unique_fails, gap_fails, flag_gap_fails, named_flags_fails, not_an_enum]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
