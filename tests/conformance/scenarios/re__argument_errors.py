# Pattern and Match methods are C functions: a wrong call gets Argument Clinic's wording
# (missing required argument, takes at most, invalid keyword); count/maxsplit/pos are taken
# by __index__; a flags argument that is no int fails on `flags & re.TEMPLATE`.
import re

p = re.compile(r"(a)(b)?")
m = p.match("ab")
calls = {
    "p.match()": lambda: p.match(),
    "p.search()": lambda: p.search(),
    "p.fullmatch(pos=1)": lambda: p.fullmatch(pos=1),
    "p.findall()": lambda: p.findall(),
    "p.finditer()": lambda: p.finditer(),
    "p.scanner()": lambda: p.scanner(),
    "p.match('a', 0, 1, 2)": lambda: p.match("a", 0, 1, 2),
    "p.search('a', flags=1)": lambda: p.search("a", flags=1),
    "p.split()": lambda: p.split(),
    "p.split('a', 1, 2)": lambda: p.split("a", 1, 2),
    "p.sub()": lambda: p.sub(),
    "p.sub('x')": lambda: p.sub("x"),
    "p.subn('x', 'y', 1, 2)": lambda: p.subn("x", "y", 1, 2),
    "p.sub('x', 'y', cnt=1)": lambda: p.sub("x", "y", cnt=1),
    "m.groupdict(1, 2)": lambda: m.groupdict(1, 2),
    "m.groups(1, 2)": lambda: m.groups(1, 2),
    "m.groups(x=1)": lambda: m.groups(x=1),
    "m.groups(default='-')": lambda: m.groups(default="-"),
    "m.start(1, 2)": lambda: m.start(1, 2),
    "m.end(0, 0)": lambda: m.end(0, 0),
    "m.span(1, 2, 3)": lambda: m.span(1, 2, 3),
    "m.expand()": lambda: m.expand(),
    "m.expand('a', 'b')": lambda: m.expand("a", "b"),
    "re.split('a', 'bab', 'x')": lambda: re.split("a", "bab", "x"),
    "p.split('abab', maxsplit='1')": lambda: p.split("abab", maxsplit="1"),
    "p.split('abab', 1.0)": lambda: p.split("abab", 1.0),
    "p.split('abab', True)": lambda: p.split("abab", True),
    "p.sub('-', 'abab', 'x')": lambda: p.sub("-", "abab", "x"),
    "re.sub('a', 'b', 'aa', 1.5)": lambda: re.sub("a", "b", "aa", 1.5),
    "re.subn('a', 'b', 'aa', count=None)": lambda: re.subn("a", "b", "aa", count=None),
    "p.match(12, '1')": lambda: p.match(12, "1"),
    "p.search('ab', None)": lambda: p.search("ab", None),
    "p.match('xab', pos=True)": lambda: p.match("xab", pos=True),
    "re.compile('a', flags='i')": lambda: re.compile("a", flags="i"),
    "re.compile('a', 1.5)": lambda: re.compile("a", 1.5),
    "re.match('a', 'a', 'i')": lambda: re.match("a", "a", "i"),
    "re.compile('a', None)": lambda: re.compile("a", None),
    "re.search('a', 'A', flags=[])": lambda: re.search("a", "A", flags=[]),
    "re.search('a', 'A', True)": lambda: re.search("a", "A", True),
    "re.compile(p, 'i')": lambda: re.compile(p, "i"),
}
for label, call in calls.items():
    try:
        print(f"{label:38} {call()!r}")
    except (TypeError, ValueError) as e:
        print(f"{label:38} {type(e).__name__}: {e}")
