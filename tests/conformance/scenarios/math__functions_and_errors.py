# The math module works on floats (and ints where exact): roots, rounding, logs, trig,
# constants, exact integer helpers. Invalid input is a ValueError ("math domain error"),
# too large a result an OverflowError. Notice floor/ceil return ints, sqrt a float.
import math

print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), round(2.5), round(3.5))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isnan(math.nan), math.isinf(1e308 * 10))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1))
print(math.sin(math.pi / 2), math.cos(0), round(math.degrees(math.pi), 6), math.radians(180))
print(math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.prod([1, 2, 3, 4]), math.isqrt(99), math.copysign(3, -0.0), math.fabs(-2), math.pow(2, 10))
print(math.modf(3.75), math.frexp(8.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 2))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1),
            lambda: math.exp(1000), lambda: math.factorial(2.5), lambda: math.floor(math.inf),
            lambda: math.floor(math.nan), lambda: math.sqrt("4")):
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
