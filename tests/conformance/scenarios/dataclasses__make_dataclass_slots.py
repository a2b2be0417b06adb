# dataclasses.make_dataclass builds a dataclass from field specs (names, (name, type),
# (name, type, field(...))) with a namespace of methods; slots=True gives a class with
# __slots__ and no instance __dict__; and make_dataclass's errors for bad field specs.
from dataclasses import dataclass, field, fields, make_dataclass, asdict, astuple


Point = make_dataclass(
    "Point",
    ["x", ("y", int), ("z", int, field(default=0))],
    namespace={"total": lambda self: self.x + self.y + self.z},
)
p = Point(1, 2)
print(p, p.total(), [f.name for f in fields(Point)], asdict(p), Point.__module__)
print(Point.__annotations__, Point(1, 2) == Point(1, 2, 0))
Frozen = make_dataclass("Frozen", [("a", int)], frozen=True, order=True, bases=(object,))
print(Frozen(1) < Frozen(2), hash(Frozen(3)) == hash(Frozen(3)))
for specs in [["x", "x"], ["class"], [("a", int, 0, 1)], ["1st"]]:
    try:
        make_dataclass("Bad", specs)
    except TypeError as e:
        print("TypeError:", e)


@dataclass(order=True, frozen=True, slots=True)
class Card:
    rank: int
    suit: str = field(compare=False, default="spades")
    tags: list = field(default_factory=list, repr=False, compare=False)


c = Card(3)
print(c, c < Card(4), Card.__slots__, hasattr(c, "__dict__"), astuple(c))
try:
    c.rank = 5
except Exception as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(Node(2))
print(n, Node.__slots__)
try:
    n.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    @dataclass(slots=True)
    class Twice:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print("TypeError:", e)
