# Floor division rounds toward minus infinity, and `%` takes the sign of the divisor, so
# `a == (a // b) * b + a % b` always holds. Notice -7 // 2 == -4 and -7 % 2 == 1, unlike C,
# and that float floor division follows the same rule (with a -0.0 here and there).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -3), (-1, 3)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>3} // {b:>2} = {q:>3}   {a:>3} % {b:>2} = {r:>3}   check {q * b + r == a}")
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, -0.5 // 1, 0.5 % -1, -0.0 % 5)
print(-1 % 1e100, 1 % -1e100, 5.0 % 0.1, -5.0 // 0.1, 6 % 2.5, -6 % 2.5)
print(10 ** 30 // -7, -(10 ** 30) % 7, -(10 ** 30) // 7, 10 ** 30 % -7)
print(divmod(-(10 ** 25), 3), divmod(-9, 3), divmod(9, -3), divmod(-1.5, 0.5))
print(-3 // 1, -3 % 1, 3 // -1, -2 ** 2, (-2) ** 2, -2 ** -1, (-8) // 3)
print(round(-7 / 2), int(-7 / 2), -7 // 2, int(-3.5), int(-0.9))
for minutes in (125, -125):
    h, m = divmod(minutes, 60)
    print(minutes, "->", h, "h", m, "min")
