# NaN, sNaN and infinities; comparisons with ints, floats and Fractions; hashing; the
# FloatOperation signal.
from decimal import *
from fractions import Fraction

nan, snan, inf = Decimal('NaN'), Decimal('sNaN'), Decimal('Infinity')
print(nan + 1, inf - 1, -inf * 2, 1 / inf, Decimal('-5') / inf)
for f in [lambda: inf - inf, lambda: snan + 1, lambda: nan < 1, lambda: snan == 1, lambda: hash(snan),
          lambda: int(nan), lambda: int(inf), lambda: round(inf), lambda: float(snan), lambda: inf.as_integer_ratio()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(nan == nan, nan != nan, inf > 10**100, -inf < Decimal('-1e999999'), inf.is_infinite(), snan.is_snan())
print([Decimal(v).number_class() for v in ('NaN', 'sNaN', '-Inf', '-1', '-1e-999999', '-0', '0', '1e-1000000', '5', 'Inf')])
print(Decimal('1.5') == 1.5, Decimal('0.1') == 0.1, Decimal('0.1') < 0.2, Decimal(2) > 1.5)
print(getcontext().flags[FloatOperation])
getcontext().traps[FloatOperation] = True
for f in [lambda: Decimal(0.5), lambda: Decimal(1) < 0.5, lambda: Decimal(1) == 0.5, lambda: Decimal.from_float(0.5)]:
    try:
        print(f())
    except FloatOperation as e:
        print('FloatOperation', e, isinstance(e, TypeError))
getcontext().traps[FloatOperation] = False
print(Decimal('1.5') == Fraction(3, 2), Decimal('0.3') < Fraction(1, 3), hash(Decimal('0.25')) == hash(Fraction(1, 4)))
print(hash(Decimal('2.5')) == hash(2.5), hash(Decimal('-inf')), {Decimal('1.0'): 'a'}[1])
print(Decimal('NaN123').as_tuple(), Decimal('-Inf').as_tuple(), Decimal('sNaN').copy_negate())
print(Decimal('NaN').max(Decimal(1)), Decimal(1).min(Decimal('NaN')), Decimal('NaN5').max(Decimal('NaN7')))
print(Decimal('-0') == 0, Decimal('0E-10') == Decimal('0E+10'), Decimal('0').compare_total(Decimal('-0')))
