# auto() after values it cannot add one to, or after a value smaller than an earlier one:
# 3.11 warns (DeprecationWarning, shown for __main__) at the auto() line of the class body,
# and still counts on from the latest value that supports + 1.
import enum

class State(enum.Enum):
    PENDING = "pending"
    FAILED = enum.auto()
    RETRY = enum.auto()

class Mixed(enum.Enum):
    A = 5
    B = 2
    C = enum.auto()

class Plain(enum.Enum):
    X = enum.auto()
    Y = enum.auto()
    Z = 10
    W = enum.auto()

print(list(State), list(Mixed), list(Plain))
