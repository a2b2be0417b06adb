# Under `from __future__ import annotations` every annotation is text. A NamedTuple or
# TypedDict stores its fields' annotations as typing does: ForwardRef objects (a TypedDict's
# carry its module), None as NoneType; get_type_hints() resolves the names.
from __future__ import annotations

import asyncio
import typing
from typing import ForwardRef, NamedTuple, Optional, TypedDict


class Job(NamedTuple):
    name: str
    retries: int = 3
    parent: Optional[Job] = None


class Options(TypedDict, total=False):
    timeout: float
    nothing: None


class Extended(Options):
    verbose: bool


Pair = NamedTuple("Pair", [("left", "int"), ("right", None)])
Row = TypedDict("Row", {"id": int, "label": "str"})


async def main():
    await asyncio.sleep(0)
    print(Job.__annotations__)
    print(Options.__annotations__)
    print(Extended.__annotations__)
    print(Pair.__annotations__)
    print(Row.__annotations__)
    print(typing.get_type_hints(Options), typing.get_type_hints(Pair))
    print(Job("build"), Job._fields, Job._field_defaults)
    ref = ForwardRef("int")
    print(ref == ForwardRef("int"), ref == ForwardRef("int", module="m"), ref == "int")
    print(len({ref, ForwardRef("int"), ForwardRef("str")}), ref.__forward_arg__)
    try:
        NamedTuple("Bad", [("x", (int, str))])
    except TypeError as e:
        print("TypeError:", e)
    try:
        TypedDict("Bad", {"x": (1, 2)})
    except TypeError as e:
        print("TypeError:", e)
    try:
        ForwardRef(3)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
