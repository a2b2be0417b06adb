# Mixing ints and floats: an int meets a float and the result is a float; `/` always gives
# a float, `//` and `%` keep ints when both sides are ints. Notice 7 / 7 == 1.0, the float
# results of int ** negative, and how very large ints compare exactly with floats.
print(1 + 2.0, 3 * 1.5, 7 / 7, 7 // 7, 7.0 // 2, 7 % 2.5, 2 ** 0.5)
print(2 ** -2, 10 ** 0, 0 ** 0, 0.0 ** 0, 8 ** (1 / 3), (-8) ** 3)
print(type(1 + 1.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__, type(2 ** 3).__name__)
print(1 == 1.0, 1.0 == True, 0.1 * 3 == 0.3, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(10 ** 20 > 1e20, 10 ** 20 == 1e20, 10 ** 16 + 1 > 1e16, 3 < 3.0000001, -1 < -0.5)
print(int(2.5) + 0.5, float(3), float(-7) // 2, -7 / 2, 7 / -2, 1 / 3 * 3)
print(3.0 * 0, -3.0 * 0, 0.0 == -0.0, abs(-0.0), 1e300 * 1e10, -1e300 * 1e10)
print(123456789 * 987654321, 123456789 * 987654321.0, 2 ** 62 + 2 ** 62, 9007199254740993.0)
print(5 - 5.5, 1.1 + 2.2, 3.3 - 1.1, 100 * 1.1, 0.1 + 0.7, 4.35 * 100, 1.15 * 3)
print(float(2 ** 70), 2 ** 70 / 2, 2 ** 70 // 3, (2 ** 70) % 1000, 1.5e-10 * 2)
x = 5
x /= 2
y = 5
y //= 2
z = 2
z **= 0.5
print(x, y, z, 1e22, 1e21, 1e16, 12345678901234567890.0)
print(divmod(7, 2), divmod(7.5, 2), divmod(-7, 2), divmod(7, -2.0))
