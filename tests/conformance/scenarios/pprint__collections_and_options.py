# pprint lays out the collections types too (Counter by count, OrderedDict as a list of
# pairs, defaultdict with its factory, deque, ChainMap, SimpleNamespace) when they do not
# fit the width; sets are sorted. Notice pp() keeps dict order and saferepr marks recursion.
import pprint
import types
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque

words = "the quick brown fox jumps over the lazy dog the end".split()
pprint.pprint(Counter(words), width=30)
pprint.pprint(OrderedDict((w, len(w)) for w in words[:5]), width=40)
dd = defaultdict(list)
for w in words[:6]:
    dd[len(w)].append(w)
pprint.pprint(dd, width=40)
pprint.pprint(deque(range(20), maxlen=25), width=30)
pprint.pprint(ChainMap({"a": 1, "b": [1, 2, 3]}, {"c": "x" * 30}), width=30)
pprint.pprint(types.SimpleNamespace(name="server", ports=list(range(8000, 8012))), width=40)
pprint.pprint({3, 1, 2, 10, -5}, width=5)
pprint.pprint(frozenset("abcde"), width=12)
pprint.pp({"z": 1, "a": [1, 2]}, width=10)
loop = [1, 2]
loop.append(loop)
print(pprint.saferepr(loop).replace(hex(id(loop)), "ID").split(" with id")[0], pprint.isrecursive(loop), pprint.isreadable([1, "a"]))
print(pprint.pformat([1, [2, [3, [4, [5]]]]], depth=3), pprint.pformat({}, depth=1), pprint.pformat(()))
pprint.pprint([("a", 1), ("b", 2)], indent=4, width=12)
for bad in (lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0),
            lambda: pprint.PrettyPrinter(width=0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
