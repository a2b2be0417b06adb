# abc.ABCMeta is a real metaclass: type(ABC) is ABCMeta, abstract methods block
# instantiation, register() makes virtual subclasses, __subclasshook__ answers
# isinstance/issubclass, and a class may use metaclass=ABCMeta directly.
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import Iterable, Sized, Mapping


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @property
    @abstractmethod
    def name(self): ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return "square"


print(type(Shape), type(Square), type(ABC), isinstance(Shape, ABCMeta))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).area(), Square(3).name, isinstance(Square(2), Shape))


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin:
            return any("run" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Duck:
    def run(self):
        return "quack"


class Stone:
    pass


print(issubclass(Duck, Plugin), issubclass(Stone, Plugin), isinstance(Duck(), Plugin))
Plugin.register(Stone)
print(issubclass(Stone, Plugin), isinstance(Stone(), Plugin), Plugin.register(int) is int)
print(isinstance([], Iterable), isinstance(5, Sized), isinstance({}, Mapping), type(Iterable).__name__)


class Meta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, kwargs)
        return super().__new__(mcls, name, bases, ns, **kwargs)


class Base(metaclass=Meta):
    def __init_subclass__(cls, tag="none", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag


class Leaf(Base, tag="leaf"):
    pass


print(Leaf.tag, type(Leaf).__name__)
try:
    Plugin.register(5)
except TypeError as e:
    print("TypeError:", e)


class Meta2(type):
    def __instancecheck__(cls, obj):
        print("checking", type(obj).__name__)
        return hasattr(obj, "quack")


class Quacker(metaclass=Meta2):
    pass


class Sub(Quacker):
    pass


print(isinstance(Quacker(), Quacker), isinstance(Sub(), Quacker), isinstance(3, Quacker))
