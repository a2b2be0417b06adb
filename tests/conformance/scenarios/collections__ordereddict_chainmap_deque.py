# OrderedDict can move keys to either end and pop from either end (an LRU cache in a few
# lines); ChainMap looks keys up through several dicts in order; deque appends and pops
# at both ends, and with maxlen drops items from the other end. Notice each repr.
from collections import ChainMap, OrderedDict, deque

cache = OrderedDict()
for key in ["a", "b", "c"]:
    cache[key] = key.upper()
cache.move_to_end("a")
cache.move_to_end("c", last=False)
print(cache, cache.popitem(), cache.popitem(last=False), cache)
print(OrderedDict(x=1, y=2) == OrderedDict(y=2, x=1), OrderedDict(x=1, y=2) == dict(y=2, x=1))
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
settings = ChainMap(user, defaults)
print(settings["size"], settings["color"], len(settings), sorted(settings))
settings["color"] = "blue"
print(user, defaults, settings.maps[0] is user)
child = settings.new_child({"size": "S"})
print(child["size"], child.parents["size"], child)
d = deque([1, 2, 3])
d.appendleft(0)
d.append(4)
d.rotate(2)
print(d, d.popleft(), d.pop(), d, d[0], d[-1], len(d))
recent = deque(maxlen=3)
for i in range(5):
    recent.append(i)
print(recent, recent.maxlen, list(reversed(recent)), 3 in recent)
recent.extendleft([10, 11])
print(recent, deque("abc") + deque("d"))
for bad in (lambda: deque().popleft(), lambda: deque().pop(), lambda: OrderedDict().popitem(), lambda: ChainMap({}, {"k": 1}).pop("k")):
    try:
        bad()
    except (IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
