# singledispatch's register reads the first parameter's annotation through
# typing.get_type_hints, so string annotations (and `from __future__ import annotations`)
# resolve to classes.
from __future__ import annotations
from functools import singledispatch, singledispatchmethod

@singledispatch
def show(x):
    return f"object {x!r}"

@show.register
def _(x: int):
    return f"int {x}"

@show.register
def _(x: str):
    return f"str {x!r}"

print(show(3), show("s"), show(1.5))
