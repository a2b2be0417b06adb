# Contexts: getcontext/setcontext/localcontext, precision and rounding, flags, traps raising
# the C module's exceptions, the signal classes' hierarchy, context methods.
import decimal
from decimal import *

print(getcontext())
print(DivisionByZero.__mro__)
print(Underflow.__mro__[1:4], issubclass(FloatOperation, TypeError), issubclass(DivisionUndefined, ZeroDivisionError))
with localcontext(prec=5, rounding=ROUND_FLOOR) as c:
    print(Decimal(2) / 3, Decimal(-2) / 3, getcontext() is c)
print(Decimal(2) / 3)
ctx = Context(prec=10, Emax=99, Emin=-99, capitals=0, traps=[Overflow], flags=[])
print(ctx, ctx.Etiny(), ctx.Etop())
print(ctx.create_decimal('1.23456789012345'), ctx.divide(1, 7), ctx.power(2, 64), ctx.sqrt(2))
print(ctx.add(Decimal('9.999999999e99'), Decimal('1e89')), ctx.flags[Inexact], ctx.flags[Rounded])
print(ctx.to_sci_string(Decimal('1.5E+120')), ctx.to_eng_string(Decimal('1.5E+7')), ctx.quantize(Decimal('2.5'), 1))
ctx.clear_flags()
try:
    ctx.multiply(Decimal('1e99'), 10)
except Overflow as e:
    print('Overflow', e.args, isinstance(e, Inexact))
print(ctx)
cases = [('bad literal', lambda: Decimal('abc')), ('x / 0', lambda: Decimal(1) / 0),
         ('0 / 0', lambda: Decimal(0) / 0), ('huge // 1', lambda: Decimal(10**30) // 1),
         ('sqrt(-1)', lambda: Decimal(-1).sqrt())]
for label, f in cases:
    try:
        print(label, f())
    except DecimalException as e:
        print(label, '->', type(e).__name__, e)
setcontext(ExtendedContext)
print(Decimal(1) / 0, Decimal(0) / 0, Decimal(-1).sqrt(), getcontext().flags[DivisionByZero])
setcontext(DefaultContext)
c = getcontext()
c.traps[Inexact] = True
try:
    Decimal(1) / 3
except Inexact as e:
    print('trapped', e)
c.traps[Inexact] = False
for bad in [('prec', 0), ('Emax', -1), ('rounding', 'UP'), ('capitals', 2), ('clamp', 'x')]:
    try:
        setattr(c, *bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    localcontext(precision=3)
except TypeError as e:
    print(e)
print(c.traps)
