# Pattern and Match are C types in CPython: no iteration (a Match only indexes), read-only
# attributes, no __dict__ or new attributes, no subclasses, no direct instances, no weak
# reference to a Match, and groupindex a plain dict when there are no named groups.
import re
import weakref

p = re.compile(r"(?P<key>\w+)=(?P<value>\w*)")
m = p.match("color=red")


def attempt(label, action):
    try:
        print(label, "->", action())
    except (TypeError, AttributeError, ValueError, IndexError) as e:
        print(label, "->", type(e).__name__, e)


def unpack():
    key, value = m
    return key, value


def contains():
    return "color" in m


attempt("unpack", unpack)
attempt("in", contains)
attempt("list", lambda: list(m))
attempt("iter", lambda: iter(m))
attempt("for", lambda: [x for x in m])
attempt("iter pattern", lambda: iter(p))
print("indexing still works:", m[0], m[1], m["value"], m.groups())
attempt("slice", lambda: m[1:2])
attempt("bad group", lambda: m[3])

for obj, name in ((m, "pos"), (m, "string"), (m, "re"), (m, "endpos"), (p, "pattern"),
                  (p, "flags"), (p, "groups"), (p, "groupindex"), (m, "lastindex"),
                  (m, "lastgroup"), (m, "regs"), (m, "x"), (p, "x")):
    attempt("set %s.%s" % (type(obj).__name__, name), lambda: setattr(obj, name, 3))
    attempt("del %s.%s" % (type(obj).__name__, name), lambda: delattr(obj, name))
print(m.pos, m.endpos, m.string, m.re, p.pattern, p.flags, p.groups)
print(m.lastgroup, m.lastindex, m.regs, format(m, "") == str(m))
attempt("m.__dict__", lambda: m.__dict__)
attempt("p.__dict__", lambda: p.__dict__)
attempt("m.nosuch", lambda: m.nosuch)


def subclass(base):
    class Mine(base):
        pass
    return Mine


attempt("subclass Pattern", lambda: subclass(re.Pattern))
attempt("subclass Match", lambda: subclass(re.Match))
attempt("re.Pattern()", lambda: re.Pattern())
attempt("re.Match()", lambda: re.Match("x"))
attempt("weakref Match", lambda: weakref.ref(m))
print("weakref Pattern alive:", weakref.ref(p)() is p)
print("weakref repr:", weakref.ref(p))

for pattern in (r"\d+", r"(\d)(\d)", r"(?P<a>x)(y)"):
    gi = re.compile(pattern).groupindex
    print(pattern, type(gi).__name__, dict(gi))
print(re.compile(r"\d") is re.compile(r"\d"), p.groupindex is p.groupindex)
print(bool(m), hash(p) == hash(re.compile(p.pattern)), p == re.compile(p.pattern))
