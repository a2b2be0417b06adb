# Searching strings: find() returns -1 when absent while index() raises ValueError; both
# take optional start and end, which behave like slice bounds (negative counts from the
# end). count() counts non-overlapping occurrences. Notice "".count("") == 1.
s = "banana bandana"
print(s.find("an"), s.rfind("an"), s.find("an", 2), s.find("an", -6), s.find("x"))
print(s.find("an", 2, 4), s.find("an", 2, 3), s.rfind("an", 0, 6), s.rfind("an", -100, -5))
print(s.index("band"), s.rindex("a"), s.index("a", -3), s.count("an"), s.count("a", 7))
print("aaaa".count("aa"), "".count(""), "abc".count(""), "abc".find(""), "abc".rfind(""))
print("abc".find("", 10), "abc".find("c", -1), "abc".count("a", 5), "héllo wörld".find("wö"))
print("ab" in "cabd", "" in "x", "x" in "", "ba" not in "banana", "nan" in s)
print(s.startswith("ban"), s.startswith(("x", "ba")), s.endswith("ana"), s.endswith("ban", 0, 3))
print(s.startswith("nan", 2), s.startswith("", 20), s.endswith(("a", "z"), 0, -1))
for needle in ("na", "zz"):
    try:
        print(needle, s.index(needle), s.rindex(needle))
    except ValueError as e:
        print(needle, "ValueError:", e)
try:
    s.startswith(["ban"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)
try:
    s.count()
except TypeError as e:
    print("TypeError:", e)
