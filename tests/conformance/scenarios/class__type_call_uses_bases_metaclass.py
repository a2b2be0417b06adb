# type(name, bases, ns) with a base whose metaclass is not type: the class is made by that
# metaclass's __new__ and initialised by its __init__, as a class statement would do. An
# ABC's subclass made this way gets its abstract methods recomputed, so implementing them
# in the namespace makes it instantiable.
import abc
import types


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, sorted(ns), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    pass


Dyn = type("Dyn", (Base,), {"x": 1})
print(type(Dyn).__name__, Dyn.tag, Dyn.x, Dyn.__mro__)
Made = types.new_class("Made", (Base,), {}, lambda ns: ns.update(y=2))
print(type(Made).__name__, Made.tag, Made.y)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


Square = type("Square", (Shape,), {"area": lambda self: 4})
print(Square().area(), type(Square).__name__, Square.__abstractmethods__)
Broken = type("Broken", (Shape,), {})
try:
    Broken()
except TypeError as e:
    print(e)

registry = {}


class Registered(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        registry[name] = cls


class Plugin(metaclass=Registered):
    pass


type("Csv", (Plugin,), {})
type("Json", (Plugin,), {})
print(sorted(registry))
print(repr(exit), repr(quit), str(exit))
