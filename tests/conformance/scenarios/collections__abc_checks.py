# collections.abc names the container protocols: isinstance checks work for built-in types
# (registered) and for any class with the right methods (__iter__ makes an Iterable).
# Subclassing Mapping gives get/keys/items/__contains__ from __getitem__/__iter__/__len__.
import collections.abc as cabc
from collections import deque, OrderedDict


class Squares(cabc.Mapping):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, k):
        if not 0 <= k < self.n:
            raise KeyError(k)
        return k * k

    def __iter__(self):
        return iter(range(self.n))

    def __len__(self):
        return self.n


class Walker:
    def __iter__(self):
        return iter([])


s = Squares(4)
print(s[3], s.get(9, "none"), 2 in s, list(s.keys()), list(s.items()), dict(s))
print(isinstance(s, cabc.Mapping), isinstance(s, cabc.MutableMapping), isinstance({}, cabc.MutableMapping))
print(isinstance([], cabc.Sequence), isinstance("", cabc.Sequence), isinstance({}, cabc.Sequence))
print(isinstance(Walker(), cabc.Iterable), isinstance(Walker(), cabc.Iterator), isinstance(5, cabc.Hashable))
print(isinstance(deque(), cabc.MutableSequence), isinstance(OrderedDict(), cabc.Mapping), issubclass(set, cabc.Set))
print(isinstance(len, cabc.Callable), isinstance([], cabc.Hashable), issubclass(tuple, cabc.Collection))
try:
    cabc.Mapping()
except TypeError as e:
    print("TypeError:", e)
