# __init_subclass__ runs when a subclass is created (it is a classmethod without the
# decorator), here to register plugins; __slots__ in a hierarchy: each class adds its own
# slots, and a slotted instance refuses other attributes. Notice the registry and errors.
registry = {}


class Plugin:
    __slots__ = ()

    def __init_subclass__(cls):
        print(f"  registering {cls.__name__}")
        registry[cls.__name__.lower()] = cls
        super().__init_subclass__()


class Csv(Plugin):
    __slots__ = ("path",)

    def __init__(self, path):
        self.path = path


class Json(Csv):
    __slots__ = ("indent",)


print(sorted(registry))
j = Json("a.json")
j.indent = 2
print(j.path, j.indent, Json.__slots__, Csv.__slots__)
print(repr(Json.indent), repr(Csv.path))
try:
    j.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(j, "__dict__"), hasattr(Csv("x"), "__dict__"))
try:
    Csv.path.__get__(42)
except TypeError as e:
    print("TypeError:", e)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Clash:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)
