# Formatting an instance of an int, float or str subclass (IntEnum and StrEnum members
# too) goes through the base type's __format__, but its errors name the subclass, as
# CPython's do, and an empty spec gives the subclass's own str().
from enum import IntEnum, IntFlag, StrEnum, auto


class Level(IntEnum):
    HIGH = 2


class Mode(StrEnum):
    READ = auto()


class Perm(IntFlag):
    R = 4
    W = 2


class Score(int):
    def __str__(self):
        return f"Score({int(self)})"


class Ratio(float):
    pass


print(f"{Level.HIGH:03}|{Level.HIGH}|{Mode.READ:>6}|{Perm.R | Perm.W:b}|{Score(7)}|{Score(7):>4}")
for value, spec in [(Level.HIGH, "s"), (Mode.READ, "d"), (Perm.R, "s"), (Score(1), "s"),
                    (Ratio(0.5), "d"), (Score(2), "x,")]:
    for how in (format, lambda v, s: type(v).__mro__[-2].__format__(v, s)):
        try:
            print(how(value, spec))
        except ValueError as e:
            print("ValueError:", e)
