# Counter.elements() repeats each key as many times as its count (keys with a count of
# zero or less are left out), in insertion order; it returns an itertools.chain.
import collections

stock = collections.Counter(apples=2, pears=0, plums=-1, figs=3)
items = stock.elements()
print(type(items).__name__, list(items), list(items))
print("".join(collections.Counter("mississippi").elements()))
print(sum(1 for _ in collections.Counter(x=4).elements()))
