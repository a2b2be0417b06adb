# OrderedDict subclasses: what CPython's C OrderedDict calls on them. The methods that work on
# the order (move_to_end, popitem, ==) never call the subclass's overrides, so the LRU recipe
# of the docs works; those that store pairs go through its __setitem__.
from collections import OrderedDict


class LRU(OrderedDict):
    "Limit size, evicting the least recently looked-up key when full."

    def __init__(self, maxsize=2, /, *args, **kwds):
        self.maxsize = maxsize
        super().__init__(*args, **kwds)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]


cache = LRU(2, a=1, b=2)
print(cache["a"], list(cache))
cache["c"] = 3
print(cache, cache.copy())


class Loud(OrderedDict):
    def __setitem__(self, key, value):
        print("  set", key)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("  get", key)
        return super().__getitem__(key)

    def __delitem__(self, key):
        print("  del", key)
        super().__delitem__(key)

    def __iter__(self):
        print("  iter")
        return super().__iter__()

    def __contains__(self, key):
        print("  contains", key)
        return super().__contains__(key)


print("init")
loud = Loud([("a", 1)], b=2)
print("copy")
snapshot = loud.copy()
print("popitem", loud.popitem(last=False))
print("setdefault")
loud.setdefault("z", 0)
loud.setdefault("z", 1)
print("or")
merged = loud | {"q": 1}
print("ror")
merged = {"q": 1} | loud
print(type(merged).__name__, merged)
print("ior")
loud |= {"w": 5}
print("move_to_end")
loud.move_to_end("b")
loud.move_to_end("b", last=False)
print("eq", loud == snapshot, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
print("pop", loud.pop("b"))
print("update")
loud.update({"x": 1}, y=2)
loud.update([("k", 1)])
print(list(reversed(loud)), loud.popitem(), loud)
for bad in ([1], [(1, 2, 3)], 5):
    try:
        OrderedDict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    OrderedDict().move_to_end("nope")
except KeyError as e:
    print("KeyError:", e)
