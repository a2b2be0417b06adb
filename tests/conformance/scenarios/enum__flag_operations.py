# Flag members combine with |, &, ^ and ~; a combination lists its members by value, can be
# iterated and tested with `in`; IntFlag members are ints too. Notice the reprs of
# combinations and of the empty flag, and that str() of an IntFlag is the number.
from enum import Flag, IntFlag, auto


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = 7


purple = Color.RED | Color.BLUE
print(purple, repr(purple), list(purple), len(purple), Color.GREEN in purple)
print(repr(~Color.RED), repr(purple & Color.GREEN), repr(purple ^ Color.RED), repr(Color.WHITE))
print(list(Color), bool(purple), bool(Color(0)), str(Color(0)), Color(7) is Color.WHITE)
print(Color.RED.value, Color.BLUE.value, Color.WHITE.name, repr(Color), Color["GREEN"])


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw == 6, rw + 1, Perm.X in rw, f"{rw}", repr(Perm(0)), list(rw))
print(repr(Perm.R & 4), isinstance(rw, int), int(rw))
try:
    Color(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED | 1
except TypeError as e:
    print("TypeError:", e)
