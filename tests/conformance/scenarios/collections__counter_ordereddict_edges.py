# Counter arithmetic keeps only positive counts (unary + and - too), subtract() may go
# negative, total() sums. OrderedDict compares order-sensitively with another OrderedDict
# but not with a dict. ChainMap writes to its first map only. Notice the reprs and errors.
from collections import ChainMap, Counter, OrderedDict

c = Counter(a=3, b=-1, c=0)
print(c, +c, -c, c.total(), sorted(c.elements()), c["zzz"])
c.subtract({"a": 5, "d": 1})
print(c, Counter("abc") == Counter("cba"), Counter() , Counter("aab") <= Counter("aabb"))
c.update(["a", "a"])
del c["nope"]
print(c.most_common(2), c.most_common(0), Counter("hello").most_common(-1))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
a, b = OrderedDict(x=1, y=2), OrderedDict(y=2, x=1)
print(a == b, a == dict(b), dict(a) == b, list(reversed(a)), OrderedDict())
a.move_to_end("x", last=False)
print(a, a.popitem(last=False), a.popitem(), a)
try:
    a.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    OrderedDict(q=1).move_to_end("missing")
except KeyError as e:
    print("KeyError:", e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["b"] = 30
print(cm, len(cm), list(cm), cm.parents, cm.new_child({"z": 0}).maps)
try:
    del cm["a"]
    del cm["a"]
except KeyError as e:
    print("KeyError:", e)
