# A defaultdict subclass keeps defaultdict's behaviour with its own name: its repr and str
# name the subclass, default_factory reads and writes through, and copy() makes another
# instance of the subclass.
import copy
from collections import defaultdict

class Tally(defaultdict):
    def total(self):
        return sum(self.values())

t = Tally(int)
for word in "a b a c a".split():
    t[word] += 1
print(t, t.total(), isinstance(t, defaultdict))
print(repr(Tally()), Tally(None, {"x": 1}), t.default_factory)
t.default_factory = list
t["new"].append(1)
print(t)
c = t.copy()
print(type(c).__name__, c == t, c is t, c.default_factory)
print(type(copy.copy(t)).__name__, copy.copy(t))
print(str(t) == repr(t), f"{t}")
