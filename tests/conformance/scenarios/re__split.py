# re.split cuts a string at each match; groups in the pattern are kept in the result,
# maxsplit limits the cuts. Since 3.7 a pattern that can match the empty string splits
# there too (between characters, around each word boundary).
import re

print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)\s*", "a, b,c"))
print(re.split(r"(;)|,", "a;b,c"))
print(re.split(r"\s+", "  leading and trailing  "))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"x*", "axbxxc"))
print(re.split(r"\b", "one two"))
print(re.split(r"", "abc"))
print(re.split(r"(?m)^", "l1\nl2\nl3"))
print(re.split(r"[:=]", "key=value:more"), re.split(r"z", "abc"))
print(re.compile(r"\d").split("a1b2c3", 1))
print(re.split(r"(a)(x)?", "1a2ax3"))
