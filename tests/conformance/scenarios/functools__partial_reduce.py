# functools.partial freezes some arguments of a function, giving a new callable; later
# keyword arguments override frozen ones. functools.reduce folds a sequence into one value.
# Notice partial's repr, and reduce's error for an empty sequence without a start value.
import asyncio
import functools
import operator


async def fetch(host, path, timeout=1.0):
    await asyncio.sleep(timeout)
    return f"{host}{path} after {timeout}s"


def power(base, exp):
    return base ** exp


async def main():
    from_api = functools.partial(fetch, "api.example", timeout=0.5)
    print(await from_api("/users"))
    print(await from_api("/slow", timeout=2))
    print(from_api.func.__name__, from_api.args, from_api.keywords)
    square = functools.partial(power, exp=2)
    print(square(7), list(map(square, [1, 2, 3])), repr(square))
    nested = functools.partial(functools.partial(power, 2), 10)
    print(nested(), nested.args)
    print(functools.reduce(operator.add, [1, 2, 3, 4]))
    print(functools.reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 100))
    print(functools.reduce(max, [3, 9, 2]), functools.reduce(operator.mul, [], 1))
    steps = []
    functools.reduce(lambda a, b: steps.append((a, b)) or a + b, range(4))
    print(steps)
    try:
        functools.reduce(operator.add, [])
    except TypeError as e:
        print("TypeError:", e)
    try:
        functools.partial(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
