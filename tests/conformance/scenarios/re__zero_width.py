# Matches of the empty string: since Python 3.7, sub, findall and finditer also take an
# empty match right after a non-empty one, and never two matches at the same place.
# Anchors and lookarounds match nothing but a position.
import re

print(re.sub(r"x*", "-", "abxd"))
print(re.findall(r"x*", "axxb"))
print([m.span() for m in re.finditer(r"\b", "hi you")])
print(re.sub(r"(?=o)", "^", "foo boo"))
print(re.sub(r"$", "!", "line1\nline2\n"))
print(re.sub(r"(?m)$", "!", "line1\nline2\n"))
print(re.sub(r"(?m)^", "> ", "one\ntwo"))
print(re.findall(r"a|", "bab"))
print(re.sub(r"(a*)*", "<\\1>", "baab"))
print(re.findall(r"(a?)+?", "aa"), re.findall(r"(|a)+", "aa"))
print(re.match(r"(a*)+b", "aab").groups(), re.match(r"(?:a|)*", "aaa").span())
print(re.search(r"$", "abc\n").span(), re.search(r"\Z", "abc\n").span())
