# Slot descriptors are no defaults; slots=True still sets init=False defaults;
# a non-default InitVar after a default is the ordinary TypeError.
from dataclasses import dataclass, field, fields, InitVar, MISSING

@dataclass
class P:
    __slots__ = ("x", "y")
    x: int
    y: int

for args in [(1,), (1, 2)]:
    try:
        print(P(*args))
    except TypeError as e:
        print("TypeError:", e)
print([(f.name, f.default is MISSING) for f in fields(P)])

class Slotted:
    __slots__ = ("a",)

@dataclass
class Over(Slotted):
    a: int
    b: int

print(Over(1, 2))

@dataclass(slots=True)
class Twice(Slotted):
    a: int
    b: int = 4

print(Twice(3), Twice.__slots__)

@dataclass(slots=True)
class S:
    a: int
    b: int = field(init=False, default=5)
    c: list = field(init=False, default_factory=list)
    d: str = "d"

s = S(1)
print(s, s.b, s.c, s.d)
s2 = S(2, d="e")
print(s2, s2.b)
try:
    S(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class NoSlots:
    a: int
    b: int = field(init=False, default=6)

n = NoSlots(1)
print(n, n.b, "b" in n.__dict__, NoSlots.b)

for label in ["initvar", "field", "kwonly"]:
    try:
        if label == "initvar":
            @dataclass
            class A:
                x: int = 0
                y: InitVar[int]
        elif label == "field":
            @dataclass
            class B:
                x: InitVar[int] = 0
                y: int
        else:
            @dataclass
            class C:
                x: int = 0
                y: InitVar[int] = field(kw_only=True)
            print("kw_only InitVar ok", C.__init__.__kwdefaults__)
    except TypeError as e:
        print(label, "TypeError:", e)
