# dir() of instances and classes of abstract base classes, and the instance lay-out
# conflict of two built-in bases.
from collections.abc import Sized, Mapping, Iterable, MutableSequence
from abc import ABC, abstractmethod
class B(Sized):
    def __len__(self): return 0
    def getb(self): pass
print(dir(B()))
print(dir(B))
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    def __init__(self): self.side = 2
    def area(self): return 4
print(dir(Sq()))
print(dir(Shape))
class M(Mapping):
    def __getitem__(self, k): return 1
    def __len__(self): return 0
    def __iter__(self): return iter(())
print(dir(M()))
class L(MutableSequence):
    pass
print(dir(L))
try:
    class X(int, str): pass
except TypeError as e:
    print(e)
try:
    class Y(Exception, int): pass
except TypeError as e:
    print(e)
class Z(int, Sized):
    def __len__(self): return 1
print(Z(3), len(Z(3)))
