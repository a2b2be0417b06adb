# numbers: the numeric tower as isinstance checks over ints, bools, floats and other values,
# a class registered as Real, a Rational subclass that gets float() and the mixins, and the
# TypeError of instantiating an abstract class.
import numbers
from numbers import Integral, Number, Rational, Real

for value in (3, True, 2.5, "7", None, [1], float("inf")):
    print(repr(value), [isinstance(value, c) for c in (Number, numbers.Complex, Real, Rational, Integral)])
print(issubclass(bool, Integral), issubclass(float, Rational), issubclass(int, Real), numbers.__all__)


class Half(Rational):
    def __init__(self, n):
        self.n = n

    numerator = property(lambda self: self.n)
    denominator = property(lambda self: 2)
    __abs__ = __add__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = __le__ = __lt__ = None
    __mod__ = __mul__ = __neg__ = __pow__ = __radd__ = __rfloordiv__ = None
    __pos__ = lambda self: self
    __rmod__ = __rmul__ = __round__ = __rpow__ = __rtruediv__ = __truediv__ = __trunc__ = None


h = Half(3)
print(float(h), h.real is not None, h.imag, isinstance(h, Real), isinstance(h, Integral))


class Meters:
    pass


Real.register(Meters)
print(isinstance(Meters(), Number), issubclass(Meters, Rational), (5).numerator, (5).denominator)
try:
    Integral()
except TypeError as e:
    print("TypeError:", str(e).split(" with ")[0])
try:
    hash(h)
except TypeError as e:
    print("TypeError:", e)
