# Container edges: a set method called on a frozenset through the class is refused (the
# frozenset stays as it was); slice assignment propagates an error raised while iterating
# and names the extended-slice case; dict | defaultdict is a defaultdict; ChainMap's
# reflected and in-place |; OrderedDict views are sets; recursive views print "...";
# the set-like views are unhashable; str.translate with a dict.
from collections import ChainMap, OrderedDict, defaultdict

fs = frozenset({1})
for name, call in (("add", lambda: set.add(fs, 2)), ("update", lambda: set.update(fs, [3])),
                   ("discard", lambda: set.discard(fs, 1)), ("clear", lambda: set.clear(fs))):
    try:
        call()
    except TypeError as e:
        print(name, e)
print(fs, set.union(set(), fs), frozenset.union(fs, {5}))


def gen():
    yield 1
    raise ValueError("boom")


a = [0, 1, 2, 3]
for value in (gen(), 5, None):
    try:
        a[0:1] = value
    except Exception as e:
        print(type(e).__name__, e)
    try:
        a[::2] = value
    except Exception as e:
        print(type(e).__name__, e)
print(a)

dd = defaultdict(list, a=[1])
m = {"z": 0} | dd
print(type(m).__name__, m, m["missing"])
print(dd | {"z": 0})

c = ChainMap({"a": 1}, {"b": 2})
print({"b": 20, "c": 3} | c)
c |= [("y", 9)]
c |= {"a": 5}
print(c)

od = OrderedDict(x=1, y=2, z=3)
print(od.keys() & {"x", "q"}, {"x"} & od.keys(), sorted(od.keys() | "ab"))
print(len(od.items() - {("x", 1)}), od.keys() < {"x", "y", "z", "w"}, od.keys().isdisjoint("ab"))
print(sorted(od.keys() ^ {"x", "w"}), od.keys() >= {"x"}, sorted({"w"} | od.keys()))

d = {}
d["v"] = d.values()
e = {}
e["i"] = e.items()
e["k"] = e.keys()
print(d, e)

for view in ({}.keys(), {}.items()):
    try:
        hash(view)
    except TypeError as e:
        print(e)
print(type(hash({}.values())).__name__)

table = str.maketrans({"a": "4", "e": None, "o": 0x30})
print(("hello world, a long text " * 3).translate(table))
print("abc".translate({ord("b"): "BB"}), "xyz".translate({}))
try:
    "abc".translate({ord("a"): 1.5})
except TypeError as e:
    print(e)
