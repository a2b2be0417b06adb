# Counter counts hashable things: most_common() sorts by count (ties keep first-seen
# order), arithmetic combines counts, missing keys count 0. defaultdict creates missing
# values with a factory. Notice the reprs and which operations drop zero counts.
from collections import Counter, defaultdict

words = "the cat and the dog and the bird".split()
c = Counter(words)
print(c)
print(c.most_common(2), c["the"], c["fish"], "fish" in c, len(c), c.total())
c.update(["cat", "cat"])
c.subtract({"the": 3})
print(c, list(c.elements())[:4])
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(a + b, a - b, a & b, a | b, +Counter(x=-1, y=2), -Counter(x=-1))
print(Counter("mississippi").most_common(), sorted(Counter("hello")))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(groups)
print(dict(groups), groups[99], 99 in groups)
counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
print(nested["x"]["y"], repr(nested)[:27])
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
