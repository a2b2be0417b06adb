# An enum body may only set the single-underscore names Enum uses (_order_, _ignore_,
# _generate_next_value_, _missing_, ...); any other _sunder_ name is a ValueError, while
# private names and dunders stay ordinary attributes.
from enum import Enum, IntEnum, auto

try:
    class Color(Enum):
        RED = 1
        _hidden_ = 2
except ValueError as e:
    print("ValueError", e)

try:
    class Shape(Enum):
        _value_ = 3
except ValueError as e:
    print("ValueError", e)

class Fine(IntEnum):
    _ignore_ = ["tmp"]
    _order_ = "A B"
    A = auto()
    B = auto()
    __private = 5

    @classmethod
    def _missing_(cls, value):
        return cls.A

print(list(Fine), Fine._Fine__private, Fine(7))
