# inspect's docstring and member helpers: cleandoc, getdoc (inherited along the MRO for
# classes, methods and properties), getmembers with the usual predicates, getmro, unwrap
# through functools.wraps, isabstract.
import abc
import functools
import inspect


class Shape:
    """A shape on the plane.

        Subclasses give the area.
    """

    def area(self):
        """The area, in square units.

        Zero for a bare shape.
        """
        return 0

    @property
    def name(self):
        "The shape's name."
        return type(self).__name__.lower()

    @classmethod
    def unit(cls):
        "A unit shape."
        return cls()

    @staticmethod
    def kinds():
        "Every kind."
        return ["square"]


class Square(Shape):
    side = 2

    def area(self):
        return self.side**2


print(repr(inspect.getdoc(Shape)))
print(repr(inspect.getdoc(Square)))
print(repr(inspect.getdoc(Square.area)))
print(repr(inspect.getdoc(Square().area)))
print(repr(inspect.getdoc(Square.name)))
print(repr(inspect.getdoc(Square.unit)), repr(inspect.getdoc(Square.kinds)))
print(repr(inspect.getdoc(lambda: 0)))
print(repr(inspect.cleandoc("  first\n      second\n    third\n\n")))
print(repr(inspect.cleandoc("\n\n   only\n")))

print([n for n, _ in inspect.getmembers(Square) if not n.startswith("__")])
print([n for n, _ in inspect.getmembers(Square, inspect.isfunction)])
print([n for n, _ in inspect.getmembers(Square(), inspect.ismethod)])
print([n for n, _ in inspect.getmembers(Square, inspect.isroutine) if not n.startswith("_")])
print([(n, v) for n, v in inspect.getmembers(Square()) if n in ("side", "name")])
print(inspect.getmro(Square) == Square.__mro__, inspect.getmro(Square)[1].__name__)
print(inspect.isbuiltin(len), inspect.isbuiltin(Square.area), inspect.isroutine(len))
print(inspect.ismodule(inspect), inspect.ismodule("inspect"))
print(inspect.isdatadescriptor(Shape.name), inspect.isdatadescriptor(Square.side))
print(inspect.ismethoddescriptor(Shape.__dict__["unit"]), inspect.ismethoddescriptor(Shape.area))


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...


class Impl(Base):
    def run(self):
        return 1


print(inspect.isabstract(Base), inspect.isabstract(Impl), inspect.isabstract(3))


def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)

    return wrapper


@logged
@logged
def double(x):
    "Twice x."
    return 2 * x


print(inspect.unwrap(double) is double.__wrapped__.__wrapped__, inspect.getdoc(double))
print(inspect.unwrap(double, stop=lambda f: f.__name__ == "double") is double)
loop_a = logged(double)
loop_a.__wrapped__ = loop_a
try:
    inspect.unwrap(loop_a)
except ValueError as e:
    print("ValueError:", str(e).split(" <")[0])
