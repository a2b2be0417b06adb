# Decimal construction, text forms, arithmetic and rounding under the default context.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_05UP

for v in ['3.14', ' -0.000123 ', '1_000.5', '1e-7', '12E+3', '-0', 'inf', '-sNaN12', '\u0661\u0662']:
    d = Decimal(v)
    print(repr(d), str(d), d.to_eng_string(), d.as_tuple())
print(Decimal(10**20), Decimal(-7), Decimal((1, (3, 1, 4), -2)), Decimal(0.1))
print(Decimal.from_float(2.5), Decimal.from_float(float('-inf')), Decimal(Decimal('5.0')))
a, b = Decimal('7.30'), Decimal('-2.1')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +b, abs(b))
print(1 + a, 10 - a, 3 * a, 1 / Decimal(3), 2 ** Decimal('0.5'), pow(Decimal(3), 20, 7))
print(Decimal('1.0') == 1, Decimal('0.5') < 1, max(a, b), min(a, b), sorted([a, b, Decimal(0)]))
print(int(Decimal('-3.99')), float(Decimal('2.5')), round(Decimal('2.5')), round(Decimal('3.5')))
print(round(Decimal('2.675'), 2), round(Decimal('1234.5'), -2), bool(Decimal('0.00')), bool(Decimal('nan')))
x = Decimal('123.456789')
print(x.quantize(Decimal('0.01')), x.quantize(Decimal('1'), rounding=ROUND_DOWN), x.quantize(Decimal('1E+1')))
for r in (ROUND_HALF_UP, ROUND_05UP):
    print(r, Decimal('2.45').quantize(Decimal('0.1'), rounding=r), Decimal('2.05').quantize(Decimal('0.1'), rounding=r))
print(Decimal('1.20').normalize(), Decimal('120E-1').normalize(), Decimal('-0.00').normalize())
print(Decimal('2.5').to_integral_value(), Decimal('-2.5').to_integral_exact(), Decimal('7.5').to_integral(ROUND_HALF_UP))
print(Decimal('3.14').as_integer_ratio(), Decimal('-12E3').as_integer_ratio(), Decimal('1.25').adjusted())
print(Decimal('-5').copy_abs(), Decimal('5').copy_negate(), Decimal('5').copy_sign(Decimal('-0')))
print(Decimal('1.1').compare(Decimal('2')), Decimal('2.0').compare_total(Decimal('2')), Decimal(3).max(Decimal('3.0')))
print([Decimal(v).is_signed() for v in ('-0', '0', '-inf')], Decimal('0E+3').is_zero(), Decimal(5).is_finite())
print(hash(Decimal('1.5')) == hash(1.5), hash(Decimal(10**25)) == hash(10**25), hash(Decimal('-1')))
for bad in ['1.2.3', 'abc', '', '1e', [1, 2], None, (0, (1, 10), 0), (3, (1,), 0)]:
    try:
        Decimal(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    Decimal(1) + 'x'
except TypeError as e:
    print(e)
