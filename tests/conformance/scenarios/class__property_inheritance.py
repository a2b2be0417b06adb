# Properties are inherited and can be overridden; a subclass can extend a base property's
# setter with `@Base.prop.setter`, and reach the base getter with super().
# A property object made with property() outside a class has no name in its messages.
# Notice the reprs of the descriptor objects and the AttributeErrors.
class Shape:
    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        """The shape's name."""
        return self._name

    @name.setter
    def name(self, value):
        self._name = value.strip()


class Square(Shape):
    @property
    def name(self):
        return "square " + super().name

    @Shape.name.setter
    def label(self, value):
        self._name = value.upper()


s = Square(" sq ")
print(repr(s.name))
s.label = "big"
print(s.name, Shape.name.__doc__, Square.name.__doc__)
try:
    s.name = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(type(Shape.name), Shape.name.fset.__name__, Square.label.fget is Shape.name.fget)


class Bare:
    pass


Bare.size = property(lambda self: 7)
bare = Bare()
print(bare.size)
try:
    bare.size = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del bare.size
except AttributeError as e:
    print("AttributeError:", e)
nothing = property()
Bare.empty = nothing
try:
    bare.empty
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(nothing, property), property.__name__, callable(property))
print(nothing.fget, nothing.fset, nothing.fdel, nothing.__doc__)
p = property(doc="only a doc")
print(p.__doc__, p.getter(len).fget, p.getter(len).__doc__ is None)
