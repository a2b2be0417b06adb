# math refuses keyword arguments naming the module ("math.sqrt()"), except log, and
# isclose words its positional and keyword errors as its Argument Clinic parser does.
import math
calls = [lambda: math.sqrt(x=4), lambda: math.hypot(x=1), lambda: math.isclose(1, 2, tol=1), lambda: math.isclose(1, 2, 0.1),
         lambda: math.floor(x=1.5), lambda: math.gcd(a=1), lambda: math.log(x=3), lambda: math.atan2(y=1, x=1), lambda: math.lcm(a=2),
         lambda: math.isclose(1), lambda: math.isclose(), lambda: math.degrees(x=1), lambda: math.exp(1, 2)]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
print(math.isclose(1, 1.0000000001), math.isclose(1, 2, rel_tol=0.6), math.isclose(1, 1.1, abs_tol=0.2))
