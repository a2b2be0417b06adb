# str.maketrans builds a table from code points to replacements, and translate applies it:
# a str replaces the character, None deletes it, a missing key keeps it. format_map fills
# {name} fields from a mapping without copying it, so a dict subclass's __missing__ answers.
# isprintable tells whether repr() would show every character as itself.
from collections import defaultdict
table = str.maketrans({"a": "4", "e": "3", "o": None, 105: "1"})
print(sorted(table.items()))
print("leet speak is cool".translate(table))
print("hello".translate(str.maketrans("lo", "01", "h")))
print(str.maketrans("ab", "cd", "x"), str.maketrans("aa", "xy"))
print("abc".translate({97: "AA", 98: None}), "abc".translate([]), "abc".translate({}))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}),
            lambda: str.maketrans([1]), lambda: str.maketrans(1, "a"), lambda: "a".translate({97: 1.5}),
            lambda: "a".translate({97: -1}), lambda: str.maketrans(), lambda: "{0}".format_map({}),
            lambda: "{x}".format_map({}), lambda: "x".format_map()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print("{name} is {age}".format_map({"name": "Ann", "age": 30}))
d = defaultdict(lambda: "?", {"a": 1})
print("{a} {b} {c!r:>5}".format_map(d))
class Loud(dict):
    def __missing__(self, key):
        return key.upper()
print("{x}-{y[0]}".format_map(Loud(y="why")))
print("ab\n".isprintable(), "ab".isprintable(), "".isprintable(), "é ü".isprintable(), "\t".isprintable(), "\u200b".isprintable(), "\x7f".isprintable())
