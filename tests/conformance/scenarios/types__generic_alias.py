# Subscripting a built-in class (list[int], dict[str, int], tuple[int, ...], type[X]) makes a
# types.GenericAlias: a label for annotations that prints like the subscription, compares by
# origin and arguments, and calls its class. A type variable in it can be filled in later.
# Notice isinstance() refuses an alias, and int is not subscriptable at all.
import asyncio
import collections
import types
from typing import TypeVar


class Job:
    pass


async def main():
    await asyncio.sleep(1)
    print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[Job], set[None])
    alias = dict[str, int]
    print(type(alias) is types.GenericAlias, types.GenericAlias, alias.__origin__, alias.__args__)
    print(alias == dict[str, int], alias == dict[str, str], hash(alias) == hash(dict[str, int]))
    print(list[int]((3, 1)), list[int](), alias(a=1), frozenset[int]({2}))
    print(collections.deque[int], collections.defaultdict[str, int], ExceptionGroup[ValueError])
    T = TypeVar("T")
    pair = tuple[T, list[T]]
    print(pair, pair.__parameters__, pair[int])

    class Numbers(list[int]):
        pass

    print(Numbers.__bases__, Numbers([1, 2]))
    for bad in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
                lambda: int[str], lambda: list[int][str], lambda: pair[int, str]):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
