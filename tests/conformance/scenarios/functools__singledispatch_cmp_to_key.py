# singledispatch picks an implementation by the type of the first argument (the nearest
# class in its MRO), registered with register(cls, func) or @register(cls). cmp_to_key
# turns an old three-way compare function into a sort key; partialmethod freezes a
# method's arguments.
import functools


@functools.singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register(int)
def _(obj):
    return f"int {obj}"


@describe.register(list)
def _(obj):
    return f"list of {len(obj)}"


class Base:
    pass


class Derived(Base):
    pass


describe.register(Base, lambda obj: "a Base")
print(describe(3), describe(True), describe([1, 2]), describe("s"), describe(Derived()))
print(describe.dispatch(bool).__name__ == "_", describe.dispatch(float) is describe.registry[object])


def by_length_then_text(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


print(sorted(["ccc", "a", "bb", "aa"], key=functools.cmp_to_key(by_length_then_text)))


class Cell:
    def __init__(self):
        self.state = None

    def set(self, value):
        self.state = value
        return self

    on = functools.partialmethod(set, True)
    off = functools.partialmethod(set, False)


print(Cell().on().state, Cell().off().state)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
