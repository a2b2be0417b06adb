# An Enum is a fixed set of named members; each has .name and .value, compares by
# identity, and the class can be iterated and indexed by name or called with a value.
# Notice the reprs, aliases (same value), and the errors for unknown values and names.
from enum import Enum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color["GREEN"], Color(3))
print([s.value for s in State], State.RUNNING in State, type(State.DONE).__name__)
print(Color.RED == 1, Color.RED == Color.CRIMSON, isinstance(Color.RED, Color))
print(list(Color.__members__), f"{State.DONE}", f"{State.DONE.name:>10}|")
print({State.PENDING: "waiting"}[State.PENDING], sorted(State, key=lambda s: -s.value)[0])
for bad in (lambda: Color(7), lambda: Color["PURPLE"], lambda: setattr(Color, "RED", 5)):
    try:
        bad()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
