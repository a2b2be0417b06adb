# `async for` needs an object with __aiter__ whose result has __anext__ returning an
# awaitable; a plain `for` cannot iterate an async generator. Each mistake is a TypeError
# with its own message. Notice StopIteration is not how async iteration ends.
import asyncio


async def agen():
    yield 1


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class NoAnext:
    def __aiter__(self):
        return [1, 2]


async def main():
    for thing in ([1, 2, 3], BadAnext(), NoAnext()):
        try:
            async for x in thing:
                print("got", x)
        except TypeError as e:
            print("TypeError:", e)
    try:
        for x in agen():
            print(x)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print([x for x in agen()])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
