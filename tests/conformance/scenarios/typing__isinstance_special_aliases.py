# The unsubscripted typing aliases work in isinstance/issubclass as the collections.abc
# class or built-in type behind them (typing.Callable, typing.Iterable, typing.List, ...);
# a subscripted one (List[int]) refuses with a TypeError.
import asyncio
import typing


async def fetch():
    return 1


def handlers():
    yield print
    yield fetch
    yield "not callable"


for h in handlers():
    print(repr(h)[:18], isinstance(h, typing.Callable))
for value in ([1], {"a": 1}, (1,), "s", 3, fetch()):
    checks = [isinstance(value, t) for t in (typing.Iterable, typing.Sequence, typing.Mapping,
                                            typing.Sized, typing.Hashable, typing.Awaitable)]
    print(type(value).__name__, checks, isinstance(value, (typing.List, typing.Dict)))
    if asyncio.iscoroutine(value):
        value.close()
print(issubclass(list, typing.Sequence), issubclass(int, typing.Hashable), issubclass(dict, typing.Iterable))
print(issubclass(typing.List, typing.Sequence), issubclass(typing.Dict, typing.Sequence))
for bad in (lambda: isinstance([], typing.List[int]), lambda: issubclass(list, typing.Dict[str, int])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
