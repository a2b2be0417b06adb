# A class with __get__ (and __set__) is a descriptor: stored on another class, it decides
# what reading and writing that attribute do. __set_name__ tells it the attribute's name.
# A data descriptor (with __set__) wins over the instance's own dict; a plain one does not.
# Notice which reads reach the descriptor and what the class itself sees.
class Typed:
    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be an int, not {type(value).__name__}")
        setattr(obj, self.name, value)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        setattr(obj, self.func.__name__, value)
        print(f"  computed {self.func.__name__}")
        return value


class Box:
    width = Typed()
    height = Typed()

    def __init__(self, w):
        self.width = w

    @Lazy
    def area(self):
        return self.width * 2


b = Box(3)
print(b.width, b.height, type(Box.width).__name__)
try:
    b.height = "tall"
except TypeError as e:
    print("TypeError:", e)
b._width = 99
print(b.width, b.__dict__)
print(b.area, b.area)


class Plain:
    def __get__(self, obj, objtype=None):
        return f"Plain.__get__ via {objtype.__name__}, obj is {type(obj).__name__}"


class Host:
    attr = Plain()


h = Host()
print(h.attr)
print(Host.attr)
h.attr = "shadowed"
print(h.attr)
