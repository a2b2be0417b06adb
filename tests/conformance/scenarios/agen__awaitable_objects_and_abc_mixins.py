# The awaitables an async generator's methods return are their own iterators (`__await__`
# gives the object itself); closing one that was never awaited leaves the generator alone.
# athrow()'s arguments are checked when it is awaited, without touching the generator.
# collections.abc's Generator and AsyncGenerator give close() and aclose() to subclasses.
import asyncio
from collections.abc import AsyncGenerator, Awaitable, Generator


async def ticker():
    try:
        yield 1
        yield 2
    finally:
        print("ticker finally")


class Countdown(Generator):
    def __init__(self, n):
        self.n = n

    def send(self, value):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def throw(self, typ, val=None, tb=None):
        print("Countdown.throw", typ.__name__)
        raise StopIteration


class Pager(AsyncGenerator):
    async def asend(self, value):
        return "page"

    async def athrow(self, typ, val=None, tb=None):
        print("Pager.athrow", typ.__name__)
        raise StopAsyncIteration


async def main():
    g = ticker()
    for aw in (g.asend(None), g.athrow(ValueError), g.aclose()):
        print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw, isinstance(aw, Awaitable))
        aw.close()
    g.__anext__().close()
    print("still there:", g.ag_frame is not None, await anext(g))
    try:
        await g.athrow(5)
    except TypeError as e:
        print("TypeError:", e)
    print("after a bad athrow:", await anext(g))
    try:
        await g.athrow(KeyError("a"), "b")
    except TypeError as e:
        print("TypeError:", e)
    await g.aclose()
    print(hasattr(Generator, "close"), hasattr(AsyncGenerator, "aclose"))
    c = Countdown(3)
    print(next(c), next(c), c.close())
    p = Pager()
    print(await p.__anext__(), await p.aclose())
    once = anext(ticker(), "default")
    print(await once)
    try:
        await once
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
