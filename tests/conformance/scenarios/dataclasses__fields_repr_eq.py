# @dataclass writes __init__, __repr__ and __eq__ from the annotated fields. Defaults must
# come after fields without one; a mutable default needs field(default_factory=...).
# Notice asdict() copies nested dataclasses into dicts, and the errors at class creation.
from dataclasses import dataclass, field, asdict, astuple, fields


@dataclass
class Item:
    name: str
    price: float = 0.0


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    note: str = field(default="", repr=False)
    count: int = field(init=False, default=0)

    def add(self, item):
        self.items.append(item)
        self.count += 1


o = Order(7)
o.add(Item("tea", 2.5))
o.add(Item("cake"))
print(o)
print(o == Order(7), Order(1) == Order(1), Order(1, note="x") == Order(1))
print(asdict(o))
print(astuple(Item("x", 1)), [f.name for f in fields(Order)])
print(Order(2).items is Order(3).items, Item.__init__.__qualname__)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        tags: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Wrong:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
