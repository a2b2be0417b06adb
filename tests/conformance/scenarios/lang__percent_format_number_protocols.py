# %-formatting of numbers that are not int or float: `%f`/`%e`/`%g` take `__float__`,
# `%d` takes `int()` (`__int__`, else `__index__`), `%x` takes `__index__` only.
import logging
import sys
from decimal import Decimal
from fractions import Fraction


class Meters:
    def __init__(self, value):
        self.value = value

    def __float__(self):
        return float(self.value)

    def __int__(self):
        return int(self.value)


class Slot:
    def __index__(self):
        return 42


price = Decimal("1234.565")
print("%.2f | %d | %e | %g" % (price, price, price, price))
print("%.3f %d" % (Fraction(7, 3), Fraction(7, 3)))
print("%.1f %d %5.1f" % (Meters(2.75), Meters(2.75), Meters(9)))
print("%d %x %o %f" % (Slot(), Slot(), Slot(), Slot()))
for fmt, value in [("%f", "3"), ("%d", "3"), ("%x", Decimal(3)), ("%x", 3.0), ("%f", object())]:
    try:
        print(fmt % value)
    except TypeError as e:
        print("TypeError:", e)
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s", level=logging.INFO)
logging.info("Total: %.2f (%d items)", Decimal("19.999"), Decimal("3"))
