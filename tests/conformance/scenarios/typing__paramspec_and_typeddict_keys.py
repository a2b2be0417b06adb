# typing details typed async code leans on: ParamSpec's P.args / P.kwargs (the annotations
# of a decorator's wrapper), a TypeVar bound given as text (a forward reference), and
# TypedDict's Required[...] / NotRequired[...] per key, which get_type_hints() strips.
import asyncio
import functools
from typing import (Awaitable, Callable, NotRequired, ParamSpec, Required, TypedDict,
                    TypeVar, get_type_hints)

P = ParamSpec("P")
R = TypeVar("R")
K = TypeVar("K", bound="Comparable")


def logged(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    @functools.wraps(fn)
    async def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", fn.__name__, args, kwargs)
        return await fn(*args, **kwargs)
    return inner


@logged
async def add(a: int, b: int = 2) -> int:
    return a + b


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int


class Show(Movie):
    seasons: NotRequired[int]
    network: str


print(P, P.args, P.kwargs, P.args.__origin__ is P, P.args == P.args, P.kwargs == P.args)
print(type(P.args).__name__, type(P.kwargs).__name__, K.__bound__)
print(asyncio.run(add(1, b=5)))
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Show.__required_keys__), sorted(Show.__optional_keys__))
print(get_type_hints(Show))
print(get_type_hints(Show, include_extras=True))
