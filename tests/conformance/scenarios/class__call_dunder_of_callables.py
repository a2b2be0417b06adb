# hasattr(x, "__call__"), the classic callable test, and calling through __call__.
import asyncio


class Plain:
    def method(self, x):
        return x * 2


class Callable:
    def __call__(self, x):
        return x + 1


for thing in (len, print, [].append, asyncio.sleep, int, lambda: 0, Plain().method,
              Plain, Callable(), object(), 5, "text"):
    print(type(thing).__name__, hasattr(thing, "__call__"), callable(thing))
print(len.__call__([1, 2, 3]), Plain().method.__call__(4), (lambda a, b: a - b).__call__(5, 2))
print(int.__call__("42"), Plain.__call__().method(1), Callable.__call__(Callable(), 9))
print(repr((lambda: 0).__call__).split(" at ")[0], repr(len.__call__).split(" at ")[0])
print(repr(Plain.__call__).split(" at ")[0])
