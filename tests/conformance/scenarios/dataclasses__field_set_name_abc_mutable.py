# Field passes __set_name__ on; implemented abstract methods clear; unhashable = mutable.
from abc import ABC, abstractmethod
from dataclasses import dataclass, field

class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, 100)

    def __set__(self, obj, value):
        print("set", self.name, type(value).__name__, value if isinstance(value, int) else "")
        obj.__dict__["_" + self.name] = value

@dataclass
class C:
    a: int = field(default=Desc())
    b: int = field(default=3)

c = C()
print(type(c.a).__name__, c.b, C(7).a, type(C.a).__name__)

class Reprable(ABC):
    @abstractmethod
    def __repr__(self): ...

@dataclass
class R(Reprable):
    x: int

print(R.__abstractmethods__, R(1))

@dataclass(repr=False)
class Still(Reprable):
    x: int

print(Still.__abstractmethods__)
try:
    Still(1)
except TypeError as e:
    print("TypeError:", e)

class Named(ABC):
    @property
    @abstractmethod
    def name(self) -> str: ...

@dataclass
class Cat(Named):
    name: str = field(default_factory=lambda: "tom")

try:
    print(Cat())
except TypeError as e:
    print("TypeError:", e)

class HashableList(list):
    def __hash__(self):
        return hash(tuple(self))

@dataclass
class H:
    items: HashableList = HashableList([1, 2])

print(H(), H().items is H().items)

class Unhashable:
    __hash__ = None

for value in [[], {}, set(), bytearray(), Unhashable()]:
    try:
        @dataclass
        class M:
            v: object = value
    except ValueError as e:
        print("ValueError:", str(e).replace("__main__.", ""))
