# math.gamma and math.lgamma, computed as CPython computes them (a Lanczos approximation,
# exact factorials for small integers, the reflection formula below zero), so every digit
# of the repr matches; math.erf and math.erfc, shown to 12 significant digits (Loopscope's
# may differ from glibc's in the last bit). The domain and range errors are CPython's.
import math

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.7, 10.1, 0.001, 1e-21, 171.5, 141.2, -141.5,
          -170.3, 150.0, 199.9, -199.5, -250.5, 4.999, 5.0001, 22.0, 23.0, 24.0, 30.0]:
    print(f"gamma({x!r}) = {math.gamma(x)!r}   lgamma = {math.lgamma(x)!r}")

for x in [0.0, -0.0, -1.0, -2.0, float("inf"), float("-inf"), float("nan"), 172.0, 1e308,
          -1e308, 1.0, 2.0]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)


def normal_cdf(x, mu=0.0, sigma=1.0):
    return 0.5 * (1 + math.erf((x - mu) / (sigma * math.sqrt(2))))


for x in [-3, -1.96, -1, 0, 0.5, 1, 1.645, 1.96, 3]:
    print(f"P(Z <= {x:5}) = {normal_cdf(x):.6f}")
for x in [0.0, 0.25, 0.73, 1.0, 2.0, -1.0, 5.0, 10.0, float("inf"), float("-inf")]:
    print(x, f"{math.erf(x):.12g}", f"{math.erfc(x):.12g}")
print(math.isnan(math.erf(float("nan"))), math.erf(True), math.gamma(3), math.factorial(5))
for bad in ["x", None]:
    try:
        math.gamma(bad)
    except TypeError as e:
        print(e)
try:
    math.erf()
except TypeError as e:
    print(e)
