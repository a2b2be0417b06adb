# Floats have special values: infinities and NaN ("not a number"). NaN is not equal to
# anything, itself included. Converting them to int fails, and float division by zero
# raises instead of returning infinity. Notice the two different messages at the end.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, float("-inf"))
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 400, -inf < -(10 ** 400))
print(inf == inf, float("infinity"), float("-Infinity"), float("NaN"), float("  nan "))
print(max(1, inf), min(-inf, 0), sorted([3, -inf, inf, 0.5]), abs(-inf), inf // 1)
print(1e308 * 10, 2.0 ** 1023 * 2 == inf, 5e-324, 5e-324 / 2, 1.7976931348623157e308)
print(round(2.5), round(-2.5), round(0.5), round(1.5), round(inf) if False else "skip")
vals = [0.1, 0.25, 1 / 3, 2 / 3, 1e-7, 123456.789, 1e100, 0.30000000000000004]
print(vals)
print([str(v) for v in (1.0, 10.0, 1e15, 1e16, 1.5e-4, 1.5e-5)])
for bad in (inf, nan):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
