# format() and f-strings with Decimal: fixed, scientific, general, percent, fill/align/sign,
# thousands separators, zero padding, 'z', and the C module's rejected specs.
from decimal import Decimal, localcontext

values = ['0', '-0', '1234567.891', '-0.000012345', '1E+5', '123E-20', '99.995', '0E-7', 'NaN', '-Infinity']
specs = ['', 'f', '.2f', '.0f', 'e', '.3e', 'g', '.3g', '%', '.1%', ',', ',.2f', '>14', '*^14.2f',
         '=+12.1f', ' ', '012.2f', '012,.1f', 'z.2f', '010', '.3n', 'G', 'E', '0<8']
for v in values:
    d = Decimal(v)
    print(v.ljust(12), '|'.join(format(d, s) for s in specs))
for s in ['_', '#.2f', 'x', '.2d', ',_', '10,n']:
    try:
        print(format(Decimal('1.5'), s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
price = Decimal('1234.5')
print(f"{price:,.2f} {price:>12.1f} {price:e} {price:.2%} {Decimal('2.675'):.2f}")
with localcontext() as ctx:
    ctx.capitals = 0
    ctx.rounding = 'ROUND_DOWN'
    print(format(Decimal('1E+50'), ''), str(Decimal('1E+50')), format(Decimal('2.999'), '.2f'),
          format(Decimal('2.999'), '.1e'), format(Decimal('2.999'), '.2g'))
print('{:.3f} {:>10} {} {!r}'.format(Decimal('3.14159'), Decimal('2.5'), Decimal('7E-10'), Decimal('1.10')))
