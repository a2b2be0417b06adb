# get_type_hints resolves forward references, not every string: Literal["x", "y"] keeps
# its string values, Annotated's metadata is left alone, and a built-in alias's string
# argument (dict[str, "Node"]) names a class just as List["Node"]'s ForwardRef does.
from typing import Annotated, List, Literal, Optional, get_type_hints


class Node:
    pass


def connect(
    mode: Literal["read", "write"],
    children: List["Node"],
    parent: Optional["Node"] = None,
    index: dict[str, "Node"] = None,
    nested: list[list["Node"]] = None,
    port: Annotated[int, "tcp port"] = 0,
): ...


for name, hint in get_type_hints(connect).items():
    print(f"{name:>8}: {hint}")
print(get_type_hints(connect, include_extras=True)["port"])
print(Literal["read", "write"].__args__, dict[str, "Node"].__args__)
