# math follows IEEE 754 for infinities and NaN, gives exact answers on big ints (isqrt,
# comb, perm, gcd, lcm, log of huge ints), and fsum/hypot avoid rounding errors that sum()
# and a naive sqrt make. Notice which calls raise and which return inf or nan.
import math

inf, nan = math.inf, math.nan
print(math.exp(-inf), math.atan(inf), math.tanh(-inf), math.copysign(0.0, -1), math.fabs(-inf))
print(math.pow(0, 0), math.pow(nan, 0), math.pow(1, nan), math.pow(-8, 1 / 3) if False else math.pow(2, -1))
print(math.pow(inf, -1), math.pow(-inf, 3), math.pow(-2.0, 0.5) if False else math.pow(0.5, inf), math.hypot(inf, nan))
print(math.isqrt(10**40 + 1), math.comb(100, 50), math.perm(10), math.perm(10, 3), math.comb(5, 9))
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 18, 27), math.lcm(), math.lcm(4, 0), math.lcm(-4, 6))
print(math.log(10**400), math.log2(2**1000), math.log10(10**50), math.log(8, 2), math.log1p(1e-20))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.fsum([0.1] * 3), math.fsum([inf, 1.0]))
print(math.hypot(), math.hypot(-3), math.hypot(1, 2, 2), math.dist([0, 0, 0], (1, 2, 2)), math.hypot(1e200, 1e200))
print(math.remainder(5, 2), math.remainder(-5, 2), math.remainder(7, inf), math.fmod(7, -3), math.fmod(-0.0, 1))
print(math.modf(-3.5), math.modf(inf), math.frexp(0.0), math.frexp(-3.0), math.ldexp(0.75, 3), math.ldexp(1, -1080))
print(math.trunc(3.99), math.floor(-0.5), math.ceil(-0.5), math.floor(10**20), math.ceil(True), type(math.floor(2.0)))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf))
print(math.nextafter(1, 2), math.ulp(1.0), math.prod([]), math.prod(range(1, 6), start=2), math.prod([2, 0.5]))
print(math.sin(0.5), math.acos(0.5), math.sinh(1), math.atan2(-0.0, -1), math.cbrt(27), math.exp2(10))
for bad in (lambda: math.log(-1), lambda: math.log(0, 2), lambda: math.log(2, 1), lambda: math.sqrt(-0.1),
            lambda: math.acos(2), lambda: math.cosh(1000), lambda: math.pow(0, -1), lambda: math.pow(10, 400),
            lambda: math.fmod(inf, 1), lambda: math.fsum([inf, -inf]), lambda: math.fsum([1e308, 1e308]),
            lambda: math.isqrt(-4), lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.gcd(2.0),
            lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.ldexp(1, 2000), lambda: math.trunc("3"),
            lambda: math.ceil(nan), lambda: math.factorial(True) and math.factorial(3.0)):
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
