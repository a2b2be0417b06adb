# Python ints grow without bound. Arithmetic, comparison, bit operations and conversions
# all work the same on huge numbers; only converting to float can fail.
# Notice the exact digits and the OverflowError at the end.
big = 2 ** 200 + 12345
print(big)
print(big * big - big, big // 10 ** 50, big % 10 ** 10, -big // 7, -big % 7)
print(len(str(3 ** 1000)), str(7 ** 77)[:20], sum(int(d) for d in str(2 ** 100)))
print(big > 2 ** 200, big == big + 0, -big < 0 < big, max(big, 1e60) == big)
print(big >> 190, big & 0xFFFF, big | 1, (big ^ big) == 0, 1 << 100, -(1 << 70) >> 3)
print(hex(2 ** 100)[2:], oct(2 ** 70), bin(2 ** 70 - 1).count("1"), -(2 ** 64) + 1)
print(abs(-(10 ** 30)), pow(2, 100, 10 ** 9), divmod(10 ** 40, 3 ** 30))
print(int("9" * 40) + 1, int("-" + "1" * 30) * 3, float(2 ** 100), 2 ** 100 / 2 ** 98)
print(10 ** 19, -(10 ** 19), 2 ** 63 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1)
print((2 ** 63 - 1) + 1, -(2 ** 63) * -1, (2 ** 64) // (2 ** 32), (-(2 ** 63)) // -1)
print(f"{2 ** 80:,}", f"{-(2 ** 70):_}", f"{2 ** 65:x}", f"{10 ** 25:e}", f"{3 ** 50:>40}")
n = 1
for i in range(1, 26):
    n *= i
print("25! =", n, "trailing zeros:", len(str(n)) - len(str(n).rstrip("0")))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) > 1e308)
