# warnings.warn(stacklevel=2) inside methods the interpreter calls for an operator, a
# property or a membership test: the warning names the line that used the operator, and
# sys._getframe(1) there is that line's frame.
import sys
import warnings
from enum import Enum


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        warnings.warn("adding Money to a number", UserWarning, stacklevel=2)
        return Money(self.cents + other)

    def __eq__(self, other):
        print("compared in", sys._getframe(1).f_code.co_name)
        return self.cents == getattr(other, "cents", other)

    def __bool__(self):
        warnings.warn("truth of Money", UserWarning, stacklevel=2)
        return self.cents != 0

    def __getitem__(self, i):
        warnings.warn("indexing Money", UserWarning, stacklevel=2)
        return self.cents

    def __contains__(self, x):
        warnings.warn("in Money", UserWarning, stacklevel=2)
        return False

    def __format__(self, spec):
        warnings.warn("formatting Money", UserWarning, stacklevel=2)
        return f"${self.cents / 100:{spec or '.2f'}}"


def report(m):
    total = m + 5
    if total:
        print(f"{total}")
    print(total == 255, total[0], 3 in total)


report(Money(150))


class Color(Enum):
    RED = "red"


try:
    print("red" in Color)
except TypeError as e:
    print("TypeError:", e)
print(Color.RED in Color)
