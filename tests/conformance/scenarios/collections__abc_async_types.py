# The async protocols of collections.abc: coroutines are Awaitable and Coroutine, async
# generators AsyncIterator/AsyncGenerator, and a class with __await__ is Awaitable. A
# coroutine made through a functools.wraps wrapper carries the wrapped function's name.
import asyncio
import collections.abc as cabc
import functools


def logged(func):
    @functools.wraps(func)
    async def wrapper(*args):
        return await func(*args)
    return wrapper


@logged
async def fetch(x):
    await asyncio.sleep(0.1)
    return x


async def ticker():
    yield 1


class Ready:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "ready"


async def main():
    coro = fetch(1)
    print(isinstance(coro, cabc.Awaitable), isinstance(coro, cabc.Coroutine), coro.__qualname__)
    print(await coro, repr(asyncio.create_task(fetch(2))).split(" coro=")[1].split(" running")[0])
    gen = ticker()
    print(isinstance(gen, cabc.AsyncIterator), isinstance(gen, cabc.AsyncGenerator), isinstance(gen, cabc.Iterator))
    print(isinstance(Ready(), cabc.Awaitable), issubclass(Ready, cabc.Coroutine))
    print(isinstance((i for i in []), cabc.Generator), isinstance(iter({}), cabc.Iterator), isinstance(range(3), cabc.Iterator))


asyncio.run(main())
