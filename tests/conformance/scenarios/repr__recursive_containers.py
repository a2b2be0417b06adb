# Reprs of containers that hold themselves: the built-in containers (and deque, defaultdict,
# OrderedDict, ChainMap, list/dict subclasses) print "..." where they recur; a __repr__ the
# program writes is not guarded, so only the containers inside it stop the recursion, and
# one that recurses through itself alone is a RecursionError.
from collections import ChainMap, OrderedDict, defaultdict, deque

d = deque([1]); d.append(d); print(d)
dd = defaultdict(list); dd["x"] = dd; print(dd)
o = OrderedDict(a=1); o["b"] = o; print(o)
c = ChainMap({}); c.maps[0]["me"] = c; print(c)
t = ([],); t[0].append(t); print(t)
s = {"k": []}; s["k"].append(s); print(s)


class L(list):
    pass


class D(dict):
    pass


lst = L([1]); lst.append(lst); print(lst)
x = D(); x[1] = x; print(x)


class Wrapper:
    def __init__(self):
        self.items = [self]

    def __repr__(self):
        return "W" + repr(self.items)


print(Wrapper())


class Pair:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __repr__(self):
        return f"Pair({self.name}, other={self.other!r})"


a, b = Pair("a"), Pair("b")
a.other = b
print(a)
b.other = a
try:
    print(a)
except RecursionError as exc:
    print("RecursionError:", exc)
