# typing's aliases of collections.abc and collections classes stand for the real classes: a
# class statement's base `Iterator[int]` gets the ABC's mixin methods and Generic after it,
# `Dict[K, V]` makes a generic dict subclass, and Deque() or Counter() make instances.
from typing import (Counter, DefaultDict, Deque, Dict, Iterator, List, MutableMapping,
                    Sequence, TypeVar, get_origin)
import collections
import collections.abc as abc

K = TypeVar("K")
V = TypeVar("V")

class Countdown(Iterator[int]):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

print([k.__name__ for k in Countdown.__mro__], list(Countdown(3)))

class Registry(MutableMapping[str, int]):
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)

r = Registry()
r.update(a=1, b=2)
print(dict(r), r.get("c", 0), Registry.__bases__)

class Table(Dict[K, V]):
    pass

print(Table.__bases__, Table.__parameters__, Table[str, int])
print(get_origin(Sequence[int]) is abc.Sequence, Sequence.__origin__ is abc.Sequence)
print(Deque(), Deque[int]([1, 2]), Counter("abca"), DefaultDict(int))
print(type(Deque[int]()) is collections.deque, abc.Iterator.__mro__)
try:
    List()
except TypeError as e:
    print(e)
try:
    Iterator()
except TypeError as e:
    print(e)
