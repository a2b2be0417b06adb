# A dataclass subclass adds its fields after the base's; the generated __init__ reports
# wrong calls as any Python function does. Notice the messages for too many arguments, an
# unknown keyword, a repeated argument, and the errors when a class is made.
from dataclasses import dataclass, field, fields, replace, FrozenInstanceError


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Child(Base):
    z: str = "z"


print(Child(1, 2, "a"), [f.name for f in fields(Child)], Child.__match_args__)
for call in (lambda: Base(1, 2, 3), lambda: Base(1, w=2), lambda: Base(1, x=2),
             lambda: Base(), lambda: Child(y=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


@dataclass(eq=False)
class Plain:
    n: int


print(Plain(1) == Plain(1), Plain(1).__eq__(Plain(1)), hash(Plain(1)) != 0)


@dataclass(unsafe_hash=True)
class Point:
    x: int
    y: int


print(hash(Point(1, 2)) == hash((1, 2)), {Point(1, 2), Point(1, 2)})


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    cache: dict = field(default_factory=dict, init=False, repr=False)


root = Node("root")
root.children.append(root)
print(root)
try:
    replace(root, cache={})
except ValueError as e:
    print("ValueError:", e)
for bad in (lambda: fields(3), lambda: field(default=1, default_factory=list)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print("ValueError:", e)


@dataclass(frozen=True)
class Frozen:
    a: int


try:
    @dataclass
    class Thawed(Frozen):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)
try:
    del Frozen(1).a
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
