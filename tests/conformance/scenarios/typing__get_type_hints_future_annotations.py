# Under `from __future__ import annotations`, get_type_hints() evaluates annotation text:
# builtin generics, X | None, Optional/Union/Callable/Literal/Annotated, dotted names, forward
# refs, strings inside aliases; NameError for unknown names, TypeError for ClassVar in a
# function, include_extras, ForwardRef evaluation, and dataclasses reading ClassVar/InitVar text.
from __future__ import annotations
import collections.abc, dataclasses, typing
from dataclasses import dataclass, field, fields, InitVar
from typing import Annotated, Callable, ClassVar, ForwardRef, Literal, Optional, Union, get_type_hints

class A: ...

@dataclass
class Node:
    val: int
    count: ClassVar[int] = 0
    scale: InitVar[float] = 1.0
    nxt: Optional[Node] = None
    kids: list[Node] = field(default_factory=list)
    meta: dict[str, int] | None = None
    cb: Callable[[int], str] | None = None
    cb2: collections.abc.Callable[[int, str], None] | None = None
    lst: typing.List["A"] = None
    lit: Literal["a", -1, None] = "a"
    tagged: Optional[Annotated[int, "units", 3]] = None
    pair: tuple[int, ...] = ()
    u: Union[int, "A", None] = None
    def __post_init__(self, scale): print("post_init", scale)

for name, hint in get_type_hints(Node).items():
    print(f"{name}: {hint}")
print(get_type_hints(Node, include_extras=True)["tagged"])
print([f.name for f in fields(Node)], Node(1, 2.5).nxt)

def f(a: list[A], b: int = None, *args: str, **kw: A) -> Optional[int]: ...
print(get_type_hints(f))
def missing(x: Nowhere.Thing): ...
def classvar(x: ClassVar[int]): ...
for fn in (missing, classvar):
    try:
        get_type_hints(fn)
    except (NameError, TypeError) as e:
        print(type(e).__name__, e)
ref = ForwardRef("typing.Dict[str, A]")
print(ref, typing._eval_type(ref, globals(), globals()), ref.__forward_evaluated__)
try:
    ForwardRef("list[int")
except SyntaxError as e:
    print("SyntaxError", e)
print(get_type_hints(typing.no_type_check(f)))
