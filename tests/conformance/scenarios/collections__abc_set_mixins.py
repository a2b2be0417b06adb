# collections.abc.Set gives a class with __contains__/__iter__/__len__ all the set operators,
# reflected ones too (`{...} - bag`, `{...} ^ bag`), and MutableSet the in-place ones.
from collections.abc import Set, MutableSet

class Bag(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)
    def __repr__(self):
        return f"Bag({self.items})"

a, b = Bag("abc"), Bag("bcd")
print(a | b, a & b, a - b, a ^ b)
print({"a", "z"} - a, sorted({"a", "z"} ^ a), ["b", "q"] & a)
print(a <= Bag("abcd"), a < a, a == Bag("cba"), a.isdisjoint("xyz"))
c = Bag("abc")
c &= "bcx"
print(c)
c ^= ["c", "y"]
print(c)
c -= {"y"}
print(c)
c ^= c
print(c)
d = Bag("ab")
d -= d
print(d, len(d))
print(NotImplemented is Bag("a").__rsub__(5), NotImplemented is Bag("a").__xor__(5))
