# typing.get_type_hints resolves string annotations that name something (locals, globals, builtins,
# dotted names), also inside List["Node"], through functools.wraps, for classes along the MRO;
# a name nowhere is NameError.
from typing import get_type_hints, Optional, List
import collections, functools
from dataclasses import dataclass

def f(x: int, y: "str" = "a", z: "collections.OrderedDict" = None, w: None = None) -> "Optional[int]" if False else Optional[int]:
    return None

@dataclass
class Node:
    val: int
    nxt: "Node" = None
    kids: List["Node"] = None

class Sub(Node):
    extra: "float"

def deco(fn):
    @functools.wraps(fn)
    def inner(*a): return fn(*a)
    return inner

@deco
def g(a: "Node") -> "int": ...

print(get_type_hints(f))
print(get_type_hints(Node))
print(get_type_hints(Sub))
print(get_type_hints(g))
try:
    def h(a: "Missing"): ...
    get_type_hints(h)
except NameError as e:
    print("NameError", e)
print(get_type_hints(Node, include_extras=True)["nxt"])
