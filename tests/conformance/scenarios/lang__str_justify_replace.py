# Padding and replacing: center/ljust/rjust pad to a width with a fill character, zfill
# pads with zeros after any sign, replace() takes an optional count. Notice where the extra
# space goes when centering needs an odd amount of padding.
for w in ("ab", "abc", "", "toolong"):
    print(f"|{w.center(6)}|{w.center(6, '*')}|{w.ljust(5, '.')}|{w.rjust(5)}|{w.center(1)}|")
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(6), "".zfill(2), "-".zfill(3))
print("a-b-c".replace("-", "+"), "a-b-c".replace("-", "", 1), "aaa".replace("a", "aa"))
print("abc".replace("", "."), "abc".replace("", ".", 2), "abc".replace("x", "y"), "".replace("", "z"))
print("spam".removeprefix("sp"), "spam".removeprefix("am"), "spam".removesuffix("am"), "".removesuffix(""))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "\t".expandtabs(2) + "|", "ab\n\tc".expandtabs(3))
print("x".center(4, "é"), "é".rjust(3, "-"), "日本".center(6, "*"))
print("*" * 3 + "x".join("abc") + "x".join([]) + "x".join(["only"]))
print(", ".join(str(n) for n in range(4)), "".join(["a", "b"]), "-".join("xyz"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ", ".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    "x".ljust("5")
except TypeError as e:
    print("TypeError:", e)
try:
    "x".join(5)
except TypeError as e:
    print("TypeError:", e)
