# aiter() and anext() check their arguments as CPython's built-ins do: each mistake is a
# TypeError naming the type. anext() with a default turns StopAsyncIteration into the
# default, for async generators and for classes defining __anext__.
import asyncio


class Counter:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 2:
            raise StopAsyncIteration
        self.n += 1
        return self.n


class BadAiter:
    def __aiter__(self):
        return 42


async def one():
    yield "only"


async def main():
    for bad in (lambda: aiter([1]), lambda: aiter(BadAiter()), lambda: anext([1]), lambda: anext(one)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    c = aiter(Counter())
    print(await anext(c), await anext(c), await anext(c, "default"), await anext(c, None))
    try:
        await anext(c)
    except StopAsyncIteration:
        print("StopAsyncIteration without a default")
    g = one()
    print(await anext(g, "d"), await anext(g, "d"), await anext(g, "d"))
    try:
        anext(Counter(), 1, 2)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
