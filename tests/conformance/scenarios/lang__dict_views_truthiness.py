# Dict views are true exactly when their dict has items, whatever kind of dict.
from collections import Counter, OrderedDict, defaultdict

for d in ({}, {"a": 1}, Counter(), Counter("x"), defaultdict(list), OrderedDict(a=1)):
    print(type(d).__name__, bool(d.keys()), bool(d.values()), bool(d.items()),
          "empty" if not d.items() else "has items")
