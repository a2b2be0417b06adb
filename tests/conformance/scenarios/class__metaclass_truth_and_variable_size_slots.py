# A metaclass's __bool__ or __len__ decides the truth of its classes. Subclasses of int,
# tuple and bytes keep their items inline, so they accept no slots at all (an empty
# __slots__ is fine, as namedtuple uses).
class Empty(type):
    def __len__(cls):
        return len(cls.members)

class Falsy(type):
    def __bool__(cls):
        return False

class Bad(type):
    def __bool__(cls):
        return 1

class Registry(metaclass=Empty):
    members = []

class Never(metaclass=Falsy):
    pass

print(bool(Registry), "yes" if Registry else "no", not Registry)
Registry.members.append("x")
print(bool(Registry), len(Registry))
print(bool(Never), Never or "fallback", [c.__name__ for c in (Registry, Never) if c])
class Weird(metaclass=Bad):
    pass
try:
    bool(Weird)
except TypeError as e:
    print("TypeError:", e)

for base in (int, tuple):
    for slots in (("x",), ("__dict__",), ("__weakref__",), ()):
        try:
            cls = type("Sub", (base,), {"__slots__": slots})
            print(base.__name__, slots, "ok", cls.__name__)
        except TypeError as e:
            print(base.__name__, slots, "TypeError:", e)

class Point(tuple):
    __slots__ = ()
try:
    class Deeper(Point):
        __slots__ = ("z",)
except TypeError as e:
    print("TypeError:", e)
