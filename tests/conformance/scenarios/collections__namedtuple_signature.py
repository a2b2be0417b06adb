# inspect.signature of namedtuple classes (collections and typing.NamedTuple), as CLI and
# config tools read them to map arguments onto fields; bind() and defaults follow.
import inspect
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", "x y", defaults=[0])
Pair = namedtuple("Pair", ["left", "right"])


class Job(NamedTuple):
    name: str
    priority: int = 5
    tags: tuple = ()


for cls in (Point, Pair, Job):
    sig = inspect.signature(cls)
    print(cls.__name__, sig, list(sig.parameters))
    for p in sig.parameters.values():
        print("  ", p.name, p.kind.name, p.default is inspect.Parameter.empty, p.annotation)

bound = inspect.signature(Job).bind("build", tags=("ci",))
bound.apply_defaults()
print(bound.arguments, Job(*bound.args, **bound.kwargs))
try:
    inspect.signature(Point).bind(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(Job.__new__.__annotations__, Point._field_defaults)
