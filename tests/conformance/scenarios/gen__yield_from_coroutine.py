# `yield from` a coroutine object inside a plain generator is a TypeError (only coroutines
# delegate to coroutines); the coroutine is then never awaited and warns when it dies. A
# generator delegating to a generator, a list or a range still works.
import asyncio


async def fetch():
    await asyncio.sleep(0)
    return "data"


def delegating():
    yield "start"
    result = yield from fetch()
    yield result


def fine():
    yield from (x * 2 for x in range(2))
    yield from [10, 11]
    yield from range(3, 5)


gen = delegating()
print(next(gen))
try:
    next(gen)
except TypeError as exc:
    print("TypeError:", exc)
print(list(gen))
print(list(fine()))
