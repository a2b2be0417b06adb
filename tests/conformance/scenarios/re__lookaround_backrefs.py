# Lookahead and lookbehind test what comes next or before without consuming it
# (lookbehind must have a fixed width); backreferences (\1, (?P=name)) match the same text
# again; a conditional (?(1)yes|no) picks by whether a group matched.
import re

print(re.findall(r"\w+(?=,)", "a, bb, ccc"), re.findall(r"\b\w+\b(?!,)", "a, bb, ccc"))
print(re.findall(r"(?<=\$)\d+", "$10 and 20 and $30"), re.findall(r"(?<!\$)\b\d+", "$10 and 20"))
print(re.findall(r"(?<=ab|cd)x", "abx cdx efx"))
print(re.search(r"(\w)\1", "hello").group(), re.findall(r"\b(\w+) \1\b", "the the cat is is here"))
print(re.sub(r"(?P<q>['\"])(.*?)(?P=q)", r"<\2>", "say 'hi' and \"bye\""))
print(re.match(r"(?i)(a)\1", "aA"))
for s in ("<b>", "b", "<b"):
    print(s, re.fullmatch(r"(<)?\w(?(1)>|)", s))
print(re.findall(r"(?P<open>\()?\d+(?(open)\))", "(1) 2 (3 4)"))
print(re.search(r"^(?=.*\d)(?=.*[a-z]).{6,}$", "abc123"), re.search(r"^(?=.*\d).{6,}$", "abcdef"))
print(re.match(r"(?:(a)|b)+", "ab").groups(), re.match(r"((a)|(b))+", "ab").groups())
print(re.match(r"a++b", "aaab"), re.match(r"a++a", "aaa"), re.match(r"(?>a|ab)c", "abc"))
print(re.match(r"(a+?)(a*?)(b)?", "aaab").groups(), re.match(r"a{2,3}?", "aaaa"))
print(re.search(r"x(?=(\d+))", "x42").groups())
