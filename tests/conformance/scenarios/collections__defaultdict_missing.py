# defaultdict calls its default_factory for a missing key (via __missing__) and stores the
# result; get() and `in` never do. With no factory it raises KeyError like a dict. It is a
# dict subclass: dict operations work and its repr shows the factory. Notice which
# lookups create keys.
from collections import defaultdict

index = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    index[word[0]].append(word)
print(index)
print(index.get("z"), "z" in index, len(index), index["z"], "z" in index, len(index))
counts = defaultdict(int, {"seed": 1}, extra=2)
counts["new"] += 5
print(counts, counts.default_factory, isinstance(counts, dict), type(counts).__name__)
print(dict(counts), counts == {"seed": 1, "extra": 2, "new": 5}, sorted(counts.items()))
copy = counts.copy()
copy["other"] += 1
print(type(copy).__name__, copy, counts.__missing__("made"), counts["made"])
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
print(root["a"]["b"]["c"], list(root), repr(defaultdict(None)), defaultdict(list) | {"k": 1})
counts.default_factory = None
try:
    counts["absent"]
except KeyError as e:
    print("KeyError:", e)
for bad in (lambda: defaultdict(42), lambda: defaultdict(list, 1, 2), lambda: index.__missing__()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
