# Python integers never overflow, and floats print the shortest text that reads back as the
# same binary number. Notice 0.1 + 0.2, the switch to exponent notation, and // and % with
# negative numbers.
print(2 ** 100)
fact = 1
for i in range(1, 31):
    fact *= i
print("30! =", fact)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1 / 3, 2 / 3, -0.0)
print(10 / 4, 10 // 4, -7 // 2, -7 % 2, 7 % -2, (17 // 5, 17 % 5), 2 ** -1, 9 ** 0.5)
print(int("42") + 1, int(3.99), int(-3.99), float("1.5") * 2, str(12) + "3", int("ff", 16))
print(float("inf"), -float("inf"), float("nan"), 1e308 * 10)
print(True + True, 3 * "ab", [0] * 3, 10 ** 20 // 7, -(2 ** 64), abs(-2 ** 63))
print(1_000_000, 0b1010, 0o17, 7.0, 7.5e3, 1.0 / 8)
