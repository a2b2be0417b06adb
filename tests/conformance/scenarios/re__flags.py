# Flags change how a pattern matches: IGNORECASE, MULTILINE (^ and $ at every line),
# DOTALL (. takes newlines), VERBOSE (spaces and # comments ignored), ASCII (\w and \d
# only ASCII). They combine with |, have reprs, and can be set inline as (?i) or (?i:...).
import re

text = "First line\nsecond LINE\nthird"
print(re.findall(r"line", text, re.I), re.findall(r"^\w+", text, re.M), re.findall(r"\w+$", text, re.M))
print(re.search(r"line.second", text, re.I | re.S))
print(re.search(r"line.second", text, re.I))
number = re.compile(r"""
    (?P<sign>[-+])?   # optional sign
    (?P<int>\d+)      # integer part
    (?:\.(?P<frac>\d+))?
""", re.VERBOSE)
print(number.match("-12.50").groupdict(), number.flags)
print(re.findall(r"\w+", "naïve café 42"), re.findall(r"\w+", "naïve café 42", re.A))
print(re.findall(r"(?a)\d", "4٣2"), re.findall(r"\d", "4٣2"))
print(re.findall(r"(?i)straße", "STRAßE strasse"), re.findall(r"(?i:A)b", "ab Ab AB"))
print(re.I, re.IGNORECASE | re.MULTILINE, re.M | re.I, re.S, re.X | re.A, re.NOFLAG)
print(repr(re.DOTALL), str(re.VERBOSE), int(re.I | re.M), re.I | 1024, re.RegexFlag(1024))
print(re.U, re.compile("x").flags, re.compile(b"x").flags, re.compile("(?s)x").flags)
print(re.compile(r"a+b", re.I), re.compile("a", re.M | re.S | re.X), re.compile(b"\\d", re.A))
print(re.compile("(?i)x"), re.compile("x", re.A | re.I), re.I in re.I | re.M, re.M & re.I)
print(isinstance(re.I, int), re.I == 2, re.RegexFlag.MULTILINE.name, re.ASCII.value, format(re.I))
print(re.match(r"(?i)s", "ſ"), re.match(r"(?ai)s", "ſ"), re.findall(r"(?i)[k-m]", "K\u212al"))
