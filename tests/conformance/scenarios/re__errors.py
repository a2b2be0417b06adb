# Bad patterns raise re.error with CPython's message; e.msg, e.pos, e.pattern, e.lineno
# and e.colno say where (the line/column also appear in the message for multi-line
# patterns). Misuse of the functions raises TypeError, IndexError or ValueError.
import re

for pattern in ["(ab", "ab)", "*a", "a**", "a{3,1}", "a\\", r"\q", "[abc", "[z-a]",
                "(?P<1x>a)", "(?P<n>a)(?P<n>b)", "(?P=missing)", r"(a)\2", "(?<=a+)b",
                "(?z)", "a(?i)b", "(?<x>a)", r"\x4g", "(a)(?(3)b)", "a\n(b\nc"]:
    try:
        re.compile(pattern)
    except re.error as e:
        print(f"{pattern!r:>20}: {e} | {e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
e = re.error("custom")
print(e, e.msg, e.pos, e.pattern, e.lineno)
for call in (lambda: re.match("a", 5), lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"),
             lambda: re.compile(re.compile("a"), re.I), lambda: re.compile("a", re.L),
             lambda: re.sub("a", 5, "a"), lambda: re.match("(a)", "a").group(2),
             lambda: re.compile(7)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
