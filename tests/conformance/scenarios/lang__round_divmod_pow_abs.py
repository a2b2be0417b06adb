# round() uses banker's rounding (halves go to the even neighbour) on the exact binary
# value, so round(2.675, 2) is 2.67. divmod() gives floor quotient and remainder, pow() with
# three arguments computes modular powers (even inverses with -1). Notice the result types.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(12345.678, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 1), round(5, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(-0.4), round(1e20))
print(round(float("inf"), 2), round(0.1 + 0.2, 15), round(123.456, None), round(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 2), divmod(2 ** 70, 7))
print(pow(2, 10), pow(2, -1), pow(2, 0.5), pow(-2, 3), pow(2, 100, 97), pow(3, -1, 7), pow(38, -1, 97))
print(pow(0, 0), 0 ** 0, pow(5, 0, 1), pow(-3, 3, 5), pow(2, 3, -5), (-8) ** (1 / 3) if False else "skip")
print(abs(-7), abs(3.5), abs(-0.0), abs(True), abs(-(2 ** 70)), abs(float("-inf")))
for bad in ("round('1.5')", "divmod(1, 0)", "divmod(1.0, 0)", "pow(2, 3, 0)", "pow(2, -1, 4)", "pow(2.0, 3, 5)", "abs('x')", "round(1.5, 1.5)"):
    try:
        if bad == "round('1.5')":
            round("1.5")
        elif bad == "divmod(1, 0)":
            divmod(1, 0)
        elif bad == "divmod(1.0, 0)":
            divmod(1.0, 0)
        elif bad == "pow(2, 3, 0)":
            pow(2, 3, 0)
        elif bad == "pow(2, -1, 4)":
            pow(2, -1, 4)
        elif bad == "pow(2.0, 3, 5)":
            pow(2.0, 3, 5)
        elif bad == "abs('x')":
            abs("x")
        else:
            round(1.5, 1.5)
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(f"{bad:16} -> {type(e).__name__}: {e}")
