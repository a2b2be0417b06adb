# A class decorator receives the finished class and returns it (or a replacement): here
# one registers classes by name and one adds a method. Decorators run top-down when
# applied bottom-up: the one nearest the class runs first. Notice the registry order.
registry = {}


def register(cls):
    print(f"  registering {cls.__name__}")
    registry[cls.__name__.lower()] = cls
    return cls


def describable(cls):
    print(f"  adding describe() to {cls.__name__}")

    def describe(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"

    cls.describe = describe
    return cls


def replaced(cls):
    return "not a class any more"


@register
@describable
class Circle:
    def __init__(self, r):
        self.r = r


@register
class Square:
    def __init__(self, side):
        self.side = side


@replaced
class Gone:
    pass


print(sorted(registry), registry["circle"](2).describe())
print(Gone, hasattr(Square, "describe"), Circle.describe.__qualname__)
shape = registry["square"](3)
print(vars(shape), type(shape).__name__)
