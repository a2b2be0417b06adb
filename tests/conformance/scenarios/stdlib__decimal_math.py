# The functions beyond arithmetic: sqrt, exp, ln, log10, logb, scaleb, power with fractional
# exponents, fma, next_*, remainder_near, logical operations, rotate/shift, same_quantum.
from decimal import *

getcontext().prec = 30
for v in ['2', '0.5', '10', '1E-10', '123456.789', '1']:
    d = Decimal(v)
    print(v, d.sqrt(), d.exp(), d.ln(), d.log10(), d.logb())
print(Decimal(-1).exp(), Decimal('Infinity').ln(), Decimal(0).log10(), Decimal(1000).log10())
print(Decimal(2) ** Decimal('0.5'), Decimal(4) ** Decimal('0.5'), Decimal('1.1') ** 10, Decimal(2) ** -3, Decimal(10) ** 40)
print(Decimal('2.5').fma(4, Decimal('0.1')), Decimal(1).next_plus(), Decimal(1).next_minus(), Decimal(1).next_toward(0))
print(Decimal(10).remainder_near(3), Decimal(11).remainder_near(3), Decimal('-7.5').remainder_near(2))
print(Decimal(1101).logical_and(Decimal(1011)), Decimal(1101).logical_or(1011), Decimal(1101).logical_xor(1011))
print(Decimal(101).logical_invert(Context(prec=8)), Decimal(123456).rotate(2), Decimal(123456).shift(-2), Decimal(123).shift(3))
print(Decimal('1.23').scaleb(5), Decimal('1.23').same_quantum(Decimal('4.56')), Decimal(5).same_quantum(Decimal('5.0')))
c = Context(prec=9, Emax=20, Emin=-20)
print(c.exp(100), c.flags[Overflow], c.power(Decimal('0.5'), 200), c.flags[Underflow], c.flags[Clamped])
print(c.next_plus(Decimal('9.99999999E+20')), c.next_minus(Decimal(0)), c.scaleb(1, 100))
for f in [lambda: Decimal(-2).ln(), lambda: Decimal(-2) ** Decimal('0.5'), lambda: Decimal(0) ** 0,
          lambda: Decimal(12).logical_and(1), lambda: Decimal(5).rotate(Decimal('1.5')), lambda: Decimal(0).logb()]:
    try:
        print(f())
    except DecimalException as e:
        print(type(e).__name__, e)
ExtendedContext.clear_flags()
print(ExtendedContext.ln(Decimal(-1)), ExtendedContext.logb(0), ExtendedContext.power(0, 0))
