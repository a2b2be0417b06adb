# Calls of functions whose parameters are plain positional ones (the interpreter's short call
# path) next to the ones that are not: defaults filling the rest, methods, closures, a
# parameter captured by a closure, too few and too many arguments, recursion, and when a
# temporary function (and what its defaults hold) is released.
import asyncio
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def two(a, b):
    return (a, b)


def with_defaults(a, b=2, c=[3]):
    c = c + [a]
    return a, b, c


def outer(x):
    def inner(y, z=10):
        return x + y + z

    return inner


def captures(a, b):
    def show():
        return a * b

    a += 1
    return show()


class Counter:
    def __init__(self, start=0):
        self.n = start

    def bump(self, by=1):
        self.n += by
        return self.n

    @staticmethod
    def static(a, b=5):
        return a - b

    @classmethod
    def named(cls, n):
        return cls(n)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


async def coro(a, b=1):
    await asyncio.sleep(0)
    return a + b


async def main():
    print(two(1, 2), with_defaults(1), with_defaults(1, 5), with_defaults(1, 5, [9]))
    print(outer(1)(2), outer(1)(2, 3), captures(2, 5))
    counter = Counter.named(3)
    print(counter.bump(), counter.bump(4), Counter.bump(counter), Counter.static(9), counter.static(1, 1))
    print(await coro(1), await coro(1, 2))
    for call in (lambda: two(1), lambda: two(1, 2, 3), lambda: with_defaults(), lambda: outer(1)(),
                 lambda: counter.bump(1, 2), lambda: two(1, b=2, a=0)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    print(depth(200))
    sys.setrecursionlimit(120)
    try:
        depth(500)
    except RecursionError as e:
        print("RecursionError:", e)
    sys.setrecursionlimit(1000)
    print("temporary:", (lambda x=Noisy("default"): x.name)())
    print("after the temporary")
    f = lambda a, b=Noisy("kept"): a
    print(f(1), f(2))
    del f
    print("end")


asyncio.run(main())
