# The generated __init__'s argument errors, in the order CPython's binder finds them.
from dataclasses import dataclass, field, InitVar, KW_ONLY


@dataclass
class P:
    x: int
    y: int = 0


@dataclass
class K:
    a: int
    b: int = 1
    _: KW_ONLY
    k: str
    m: str = "m"


@dataclass
class S:
    self: int
    other: int = 2


calls = [
    ("P(1, 2, 3, z=4)", lambda: P(1, 2, 3, z=4)),
    ("P(1, 2, 3, x=4)", lambda: P(1, 2, 3, x=4)),
    ("P(1, 2, 3, y=4)", lambda: P(1, 2, 3, y=4)),
    ("P(1, 2, 3)", lambda: P(1, 2, 3)),
    ("P()", lambda: P()),
    ("P(y=1)", lambda: P(y=1)),
    ("P(1, self=2)", lambda: P(1, self=2)),
    ("P(1, q=2, x=3)", lambda: P(1, q=2, x=3)),
    ("P.__init__()", lambda: P.__init__()),
    ("P.__init__(y=1)", lambda: P.__init__(y=1)),
    ("K()", lambda: K()),
    ("K(1)", lambda: K(1)),
    ("K(1, 2, 3)", lambda: K(1, 2, 3)),
    ("K(1, 2, 3, k='k')", lambda: K(1, 2, 3, k='k')),
    ("K(1, 2, 3, k='k', m='m')", lambda: K(1, 2, 3, k='k', m='m')),
    ("K(1, 2, 3, j=1)", lambda: K(1, 2, 3, j=1)),
    ("S()", lambda: S()),
    ("S(1, 2, 3)", lambda: S(1, 2, 3)),
    ("S(self=5)", lambda: S(self=5)),
]
for text, call in calls:
    try:
        print(text, "->", call())
    except TypeError as e:
        print(text, "-> TypeError:", e)

obj = object.__new__(P)
P.__init__(obj, 4)
print(obj)
P.__init__(self=obj, x=9, y=8)
print(obj)
print(P.__init__.__defaults__, P.__init__.__kwdefaults__)
print(K.__init__.__defaults__, K.__init__.__kwdefaults__)
print(S.__init__.__defaults__, S.__init__.__kwdefaults__)
import inspect
print(inspect.signature(S.__init__))
print(inspect.signature(K))


@dataclass
class F:
    items: list = field(default_factory=list)
    n: int = 3


print(F.__init__.__defaults__, F(), F([1]))
