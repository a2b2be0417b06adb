# PEP 585 generics from collections.abc in annotations (AsyncIterator[int], Callable[[int],
# str], Mapping[str, int]) and typing.get_origin/get_args on them, on list[int] and on
# int | str: what a typed asyncio program and a config loader that converts by annotation use.
import asyncio
import types
import typing
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from collections import abc
from dataclasses import dataclass, fields


async def numbers(n: int) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i


async def apply(f: Callable[[int], Awaitable[str]], xs: Iterable[int]) -> list[str]:
    return [await f(x) for x in xs]


async def show(x: int) -> str:
    return f"<{x}>"


@dataclass
class Settings:
    replicas: list[str]
    options: dict[str, int]
    timeout: float
    tags: Sequence[str]
    mode: int | str


def convert(tp, value):
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is list:
        return [convert(args[0], v) for v in value]
    if origin is dict:
        return {convert(args[0], k): convert(args[1], v) for k, v in value.items()}
    if origin is abc.Sequence:
        return tuple(convert(args[0], v) for v in value)
    if origin is typing.Union or origin is types.UnionType:
        return value
    return tp(value)


async def main():
    print([x async for x in numbers(3)])
    print(await apply(show, [1, 2]))
    raw = {"replicas": ["a", 7], "options": {"pool": "10"}, "timeout": "2.5", "tags": ["x"], "mode": 3}
    s = Settings(**{f.name: convert(f.type, raw[f.name]) for f in fields(Settings)})
    print(s)


asyncio.run(main())
for tp in (list[int], dict[str, int], int | str, tuple[int, ...], Mapping[str, int],
           Callable[[int, str], bool], Callable[..., int], AsyncIterator[int], typing.List[int],
           typing.Optional[int], int):
    print(repr(tp), typing.get_origin(tp), typing.get_args(tp))
print(numbers.__annotations__, apply.__annotations__["f"])
print(type(Callable[[int], str]).__name__, type(Iterable[int]).__name__, Iterable[int] == Iterable[int])
for bad in (lambda: Callable[int, str], lambda: abc.Hashable[int], lambda: abc.Sized[int]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
