# `int | None` in an annotation makes a types.UnionType: it prints as written (None for
# NoneType), flattens and drops repeats, compares regardless of order, and works as the
# second argument of isinstance/issubclass.
# Notice a union whose members are all the same type is just that type.
import asyncio
import types


async def fetch(key: str, default: int | None = None) -> dict[str, int] | None:
    await asyncio.sleep(1)
    return None if default is None else {key: default}


async def main():
    print(await fetch("a"), await fetch("b", 2), fetch.__annotations__["default"])
    print(int | None, None | str, int | str | int, list[int] | tuple[int, ...], int | int)
    u = int | str
    print(type(u) is types.UnionType, u.__args__, u == (str | int), hash(u) == hash(str | int))
    print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
    print(isinstance(3, int | list[int]))
    for bad in (lambda: isinstance("s", int | list[int]), lambda: int | "x", lambda: None | None):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
