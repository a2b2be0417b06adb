# Since 3.10 a class's and a module's __annotations__ is made {} on first read, and a
# class never shows a base's: introspection helpers can read it on any class.
import enum
import json
import sys


class Plain:
    x = 1


class Annotated:
    x: int
    y: "str" = "a"


class Child(Annotated):
    pass


class Color(enum.Enum):
    RED = 1


Made = type("Made", (), {})

print(hasattr(Plain, "__annotations__"), "__annotations__" in Plain.__dict__)
print(Plain.__annotations__, "__annotations__" in Plain.__dict__)
print(Plain.__annotations__ is Plain.__annotations__)
print(Annotated.__annotations__, Child.__annotations__, Child().__annotations__)
print(Color.__annotations__, Made.__annotations__)
Plain.__annotations__["late"] = float
print(Plain.__annotations__)
print(sys.modules[__name__].__annotations__)
print(json.__annotations__)
try:
    print(Plain().__annotations__)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(int.__annotations__)
except AttributeError as e:
    print("AttributeError:", e)


def fields_of(cls):
    return {name: getattr(t, "__name__", t) for name, t in cls.__annotations__.items()}


for cls in (Plain, Annotated, Child, Color):
    print(cls.__name__, fields_of(cls))
