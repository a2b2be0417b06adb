# int(), float() and str() convert between types. int() truncates floats toward zero and
# parses strings (with optional sign, spaces and underscores between digits); float()
# also accepts "inf", "nan" and exponents. Notice the ValueError messages quote the input.
print(int(3.99), int(-3.99), int(True), int("  -17  "), int("1_000_000"), int("0042"), int(1e20))
print(float(7), float("3.5"), float(" -2.5e3 "), float("1_000.5"), float("inf"), float("-NaN"), float(".5"), float("5."))
print(str(42), str(-0.0), str(1e22), str(1.0), str(True), str(None), str([1, "a"]), str(3 + 0.0))
print(int(float("1e5")), float(10 ** 20), int(2.5e-3), int("-0"), float("-0"), float(True))
print(bool("False"), bool(0.0), bool(-1), list(map(int, "123")), [float(s) for s in ("1", "2.5")])
print(repr(int("7")), repr(float("7")), repr(str(7)), type(int("7")).__name__, 0.1 + 0.2 == float("0.30000000000000004"))
bad_inputs = ["", " ", "12.5", "1e3", "abc", "1 2", "0x10", "--5", "1__0", "_1", "٣.٥"]
for text in bad_inputs:
    try:
        print(repr(text), "->", int(text))
    except ValueError as e:
        print("ValueError:", e)
for text in ["", "1.2.3", "one", "1e", "inf inity", "0x10", "1_000_"]:
    try:
        print(repr(text), "->", float(text))
    except ValueError as e:
        print("ValueError:", e)
for value in [[1], None, {}, (1,)]:
    try:
        int(value)
    except TypeError as e:
        print("TypeError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int("12", base=40)
except ValueError as e:
    print("ValueError:", e)
