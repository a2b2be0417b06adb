# A tuple hashes its items: the TypeError names the first item that cannot be hashed, for a
# tuple subclass or a namedtuple too.
from collections import namedtuple

P = namedtuple("P", "x y")


class T(tuple):
    pass


for make in [
    lambda: (1, [2]),
    lambda: (1, (2, {3: 4})),
    lambda: P(1, [2]),
    lambda: P({1}, 2),
    lambda: T([1, [2]]),
    lambda: T([(1, bytearray(b"x"))]),
    lambda: P(1, P(2, [3])),
]:
    value = make()
    for use in (hash, lambda v: {v}, lambda v: {v: 1}):
        try:
            use(value)
            print("hashable", value)
        except TypeError as e:
            print(type(value).__name__, "->", e)
print(hash(P(1, 2)) == hash((1, 2)), hash(T([1, 2])) == hash((1, 2)), {P(1, 2): "p"}[(1, 2)])


# A list or dict subclass that defines __hash__ is a key found by equality.
class HList(list):
    def __hash__(self):
        return hash(tuple(self))


class HDict(dict):
    def __hash__(self):
        return hash(frozenset(self.items()))


print(HList([1, 2]) in {HList([1, 2])}, {HList([1, 2]): "v"}.get(HList([1, 2])))
print(HDict(a=1) in {HDict(a=1)}, {HDict(a=1): "d"}[HDict(a=1)], HList([3]) in {HList([4])})
