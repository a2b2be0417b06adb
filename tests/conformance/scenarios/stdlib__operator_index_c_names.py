# operator.index is C's: an int (or an int subclass's instance) as it is, __index__ otherwise,
# and the error names a type CPython writes in C with its module.
import operator
from collections import deque
from datetime import date
from decimal import Decimal


class Seat:
    def __index__(self):
        return 3


class IntLike(int):
    pass


print(operator.index(5), operator.index(True), operator.index(Seat()), operator.index(IntLike(4)), operator.index(2**70))
print(operator.index, operator.__index__ is operator.index)
for bad in (Decimal(1), deque(), date(2020, 1, 1), 1.5, "7"):
    try:
        operator.index(bad)
    except TypeError as e:
        print("TypeError:", e)
