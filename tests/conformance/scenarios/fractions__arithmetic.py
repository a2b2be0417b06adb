# fractions.Fraction: construction from ints, strings (fractions, decimals, exponents,
# underscores), floats and other Fractions; exact arithmetic, mixed with ints and floats;
# comparisons, hashing equal to ints and floats, rounding, limit_denominator, and every error.
import asyncio
import math
from fractions import Fraction

print(Fraction(10, -8), Fraction(Fraction(1, 7), 5), Fraction("-35/4"), Fraction(" 3.1415 "))
print(Fraction("-47e-2"), Fraction("1_000.5"), Fraction(2.25), Fraction(1.47), Fraction())
a, b = Fraction(1, 3), Fraction(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), a ** 2, a ** -2, (-a) ** -3)
print(a + 1, 1 - a, 2 * a, 1 / a, a + 0.5, 0.5 * b, b ** 0.5, 2 ** Fraction(1, 2), 4 ** Fraction(2))
print(a < b, a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, a > 0.3, b <= 1, a != a)
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(6, 3)) == hash(2), len({0.5, Fraction(2, 4)}))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 2), round(Fraction(1234, 1), -2))
print(math.floor(-a), math.ceil(-a), math.trunc(-b), int(Fraction(-7, 2)), float(b), bool(Fraction(0)))
print(Fraction(math.pi).limit_denominator(10), Fraction("3.141592653589793").limit_denominator(100))
print(a.numerator, a.denominator, a.as_integer_ratio(), repr(a), str(Fraction(4, 2)), abs(-b), +a)
print(Fraction.from_float(0.1), Fraction.from_float(3), sum(Fraction(1, n) for n in range(1, 5)))
for args in [(1, 0), ("x",), ("1/0",), (1.5, 2), ([1],), ("1.d",), (float("nan"),)]:
    try:
        Fraction(*args)
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in (lambda: a.limit_denominator(0), lambda: Fraction.from_float("1"), lambda: a + "x"):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


async def share(n):
    await asyncio.sleep(n / 10)
    return Fraction(1, n)


async def main():
    parts = await asyncio.gather(*(share(n) for n in (2, 3, 6)))
    print(parts, sum(parts), sum(parts) == 1)


asyncio.run(main())
