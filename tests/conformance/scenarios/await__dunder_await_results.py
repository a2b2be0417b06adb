# What __await__ may return, as the seeds' "custom awaitable" examples write it: an iterator
# (a plain generator, iter() of a list) works; a coroutine, or a generator types.coroutine
# marked, is a TypeError; a non-iterator names its type.
import asyncio
import types


class FromGenerator:
    def __await__(self):
        yield
        return "generator"


class FromIterator:
    def __await__(self):
        return iter([None, None])


class MarkedGenerator:
    @types.coroutine
    def __await__(self):
        yield
        return "marked"


class NativeCoroutine:
    def __await__(self):
        async def inner():
            return 1
        return inner()


class NotAnIterator:
    def __await__(self):
        return 42


async def main():
    print(await FromGenerator())
    print(await FromIterator())
    for awaitable in (MarkedGenerator(), NativeCoroutine(), NotAnIterator()):
        try:
            print(await awaitable)
        except TypeError as e:
            print(type(awaitable).__name__, "->", e)


asyncio.run(main())
