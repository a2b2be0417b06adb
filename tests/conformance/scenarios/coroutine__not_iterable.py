# A coroutine (or an async generator) is not an iterable: forgetting `await`/`async for`
# and looping over it, unpacking it, spreading it with `*` or calling next() on it is a
# TypeError, and the coroutine is then reported as never awaited.
import asyncio


async def fetch_rows():
    await asyncio.sleep(0.1)
    return [1, 2, 3]


async def ticks():
    yield 1


async def main():
    for obj in (fetch_rows(), ticks()):
        for fn in (iter, list, tuple, set, sorted, enumerate, next):
            try:
                fn(obj)
            except TypeError as e:
                print(fn.__name__, "->", e)
        if hasattr(obj, "close"):
            obj.close()
    try:
        for row in fetch_rows():
            print("row", row)
    except TypeError as e:
        print("for ->", e)
    try:
        first, *rest = fetch_rows()
    except TypeError as e:
        print("unpack ->", e)
    try:
        print(*fetch_rows())
    except TypeError as e:
        print("star ->", e)
    try:
        print([*ticks()])
    except TypeError as e:
        print("list display ->", e)
    try:
        print([row for row in fetch_rows()])
    except TypeError as e:
        print("comprehension ->", e)
    rows = await fetch_rows()
    print("awaited:", [row * 10 for row in rows])
    print("async for:", [t async for t in ticks()])


asyncio.run(main())
