# The methods of dict and list take instances of subclasses (of defaultdict, Counter,
# OrderedDict too), called bound, unbound or through super(), as C's PyDict_Check and
# PyList_Check do.
from collections import Counter, OrderedDict, defaultdict

class Tally(defaultdict):
    pass

class Hits(Counter):
    pass

class Ordered(OrderedDict):
    pass

class Names(list):
    def add(self, name):
        super().append(name.title())
        return self

t = Tally(int)
t["a"] += 2
print(t.values(), list(t.items()), t.get("a"), dict.keys(t), t.pop("a"), t.setdefault("z", 5))
h = Hits("aab")
print(h.values(), h.most_common(1), dict.get(h, "a"), sorted(h))
o = Ordered(a=1, b=2)
print(o.values(), dict.items(o), o.popitem())
n = Names()
n.add("ann").add("bob")
print(n, list.index(n, "Bob"), n.count("Ann"), list.copy(n), type(list.copy(n)).__name__)
