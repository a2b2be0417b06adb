# @types.coroutine turns a generator function into one whose generators can be awaited
# ("iterable coroutines", the pre-async-def style): `await legacy()` drives the generator,
# a bare `yield` gives the loop one turn, and asyncio treats the generator as a coroutine.
import asyncio
import inspect
import types


@types.coroutine
def legacy_sleep(n):
    yield from asyncio.sleep(n).__await__()
    return f"slept {n}"


@types.coroutine
def one_turn():
    value = yield
    return value


async def uses_legacy():
    print(await legacy_sleep(0.1))
    print("after one turn:", await one_turn())
    return "done"


async def main():
    g = legacy_sleep(0)
    print(type(g).__name__, asyncio.iscoroutine(g), inspect.isawaitable(g))
    print(await g)
    print(await uses_legacy())
    t = asyncio.ensure_future(legacy_sleep(0.2))
    print(type(t).__name__, await t)


asyncio.run(main())
