# A Match object: group() with several arguments, groups() and groupdict() with a default
# for groups that took no part, start/end/span (-1 for those), lastindex and lastgroup,
# expand() with a template, the string/re/pos/endpos it came from, and its repr.
import re

m = re.match(r"(?P<user>\w+)(@(?P<host>\w+))?(:(\d+))?", "alice:8080")
print(m)
print(m.group(), m.group(0), m.group(1, "host", 5))
print(m.groups(), m.groups("-"))
print(m.groupdict(), m.groupdict(""))
print(m.start(2), m.end(2), m.span(4), m.span("user"))
print(m.lastindex, m.lastgroup, m.regs)
print(m.string, m.re, m.pos, m.endpos)
print(m.expand(r"user=\g<user> port=\5 host=[\g<host>]"))
print(re.match(r"((a)(b))", "abc").lastindex, re.match(r"(?P<x>a)|(?P<y>b)", "b").lastgroup)
p = re.compile(r"\d+")
m = p.search("ab123cd", 1, 5)
print(m, m.pos, m.endpos, bool(m))
for bad in (3, "nope", -1):
    try:
        m.group(bad)
    except IndexError as e:
        print(type(e).__name__, e)
print(re.match(r"a", "a" * 80))
print(repr(re.search(r"é+", "caféé")))
