# functools.singledispatch registered by annotation (a class, or a union of classes), by
# argument, dispatching on ABCs (collections.abc.Sequence) and along the MRO; the
# registration errors; and singledispatchmethod on a class.
from collections.abc import Mapping, Sequence
from functools import singledispatch, singledispatchmethod


@singledispatch
def describe(x):
    return f"something: {x!r}"


@describe.register
def _(x: int):
    return f"an int: {x}"


@describe.register
def _(x: float | bool):
    return f"a number: {x}"


@describe.register(Sequence)
def _(x):
    return f"a sequence of {len(x)}"


@describe.register(Mapping)
def _(x):
    return f"a mapping with {sorted(x)}"


class Flag(int):
    pass


for value in [3, True, Flag(7), 2.5, "abc", [1, 2], (1,), {"b": 1, "a": 2}, None]:
    print(describe(value))
print(describe.dispatch(bool).__name__, describe.dispatch(list) is describe.registry[Sequence])
for bad in [lambda: describe.register(lambda x: x), lambda: describe.register(3, print)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @describe.register
    def _(x: list[int]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)


class Formatter:
    @singledispatchmethod
    def format(self, arg):
        return f"plain {arg}"

    @format.register
    def _(self, arg: int):
        return f"number {arg:05d}"

    @format.register
    def _(self, arg: list):
        return ", ".join(self.format(a) for a in arg)


print(Formatter().format("x"), Formatter().format(42), Formatter().format([1, "y"]))
