# A built-in type's `__dict__` holds its dunder methods, as the `abc` docs' `__subclasshook__`
# example relies on, and so does `issubclass` with a runtime-checkable Protocol.
from abc import ABC
from typing import Protocol, runtime_checkable


class Lengthy(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Lengthy:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Container(Protocol):
    def __contains__(self, item) -> bool: ...


print(issubclass(list, Lengthy), issubclass(int, Lengthy), isinstance("abc", Lengthy))
print(issubclass(dict, Container), issubclass(float, Container), issubclass(frozenset, Container))
print(issubclass(int, SupportsClose))
print("__len__" in list.__dict__, "__add__" in int.__dict__, "append" in list.__dict__)
print("__init__" in object.__dict__, "__iter__" in str.__dict__, "__hash__" in dict.__dict__)
print(list.__dict__["__len__"], list.__dict__["append"])
print([n for n in list.__dict__ if not n.startswith("_")])
print(sorted(n for n in dict.__dict__ if not n.startswith("_")))
print(dict.__dict__["__hash__"], list.__dict__["__getitem__"])
