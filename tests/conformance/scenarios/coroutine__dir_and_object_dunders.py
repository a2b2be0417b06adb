# What a lesson prints when it opens up a coroutine: dir() of a coroutine, a generator and an
# async generator (CPython 3.11's lists), the methods they share with every object
# (__repr__, __eq__, __format__, __doc__), and None's. (__hash__ is left out: the harness
# numbers coroutines' hashes by creation, README.md "Sets of tasks and coroutines", and its
# __hash__() slot wrapper does not follow.)
import asyncio


def numbers():
    yield 1


async def fetch():
    await asyncio.sleep(0.1)
    return "page"


async def ticks():
    yield 1


gen, coro, agen = numbers(), fetch(), ticks()
for obj in (gen, coro, agen):
    print(type(obj).__name__, dir(obj))
    print("  public:", [n for n in dir(obj) if not n.startswith("_")])
    print("  doc:", repr(obj.__doc__), obj.__name__, obj.__qualname__)
    print("  repr is repr():", obj.__repr__() == repr(obj), obj.__str__() == str(obj))
    print("  eq:", obj.__eq__(obj), obj.__eq__(1), obj.__ne__(obj), obj.__ne__(1), obj.__lt__(obj))
    print("  format:", format(obj, "") == str(obj), obj.__format__("") == str(obj))
    try:
        obj.__format__(">20")
    except TypeError as e:
        print("  TypeError:", e)
    print("  has:", all(hasattr(obj, n) for n in ("__repr__", "__eq__", "__hash__", "__str__")))

print(None.__repr__(), None.__eq__(None), None.__eq__(0), None.__ne__(None), repr(None.__doc__))
print(hasattr(None, "__repr__"), hasattr(Ellipsis, "__eq__"), NotImplemented.__repr__())


async def main():
    print(await coro)
    task = asyncio.create_task(fetch())
    print(task.__repr__() == repr(task), task.__eq__(task), task.__ne__(task))
    print(await task)
    loop = asyncio.get_running_loop()
    print(loop.__eq__(loop), loop.__repr__() == repr(loop))


asyncio.run(main())
