# A set or dict that holds a key of a Python class equal to a built-in value (a Fraction equal
# to 0.5, a dataclass equal to an int) finds it when that built-in value is looked up or
# stored afterwards, whichever came first: one entry, not two.
from dataclasses import dataclass
from fractions import Fraction

print(len({Fraction(2, 4), 0.5}), len({0.5, Fraction(2, 4)}))
d = {Fraction(1, 2): "half"}
print(d.get(0.5), 0.5 in d, d[Fraction(2, 4)])
s = set()
s.add(Fraction(1, 2))
s.add(0.5)
s |= {1.0}
s.add(Fraction(1))
print(len(s), s)
d = dict.fromkeys([Fraction(3, 1)])
d[3] = "x"
print(d, 3 in d, 3.0 in d, {**{Fraction(1, 2): 1}, 0.5: 2})
print({k: v for k, v in [(Fraction(1, 4), 1), (0.25, 2)]})


@dataclass(frozen=True)
class Id:
    n: int

    def __eq__(self, other):
        return self.n == other if isinstance(other, int) else isinstance(other, Id) and other.n == self.n

    def __hash__(self):
        return hash(self.n)


m = {Id(1): "id"}
m[1] = "one"
print(m, {1: "a", Id(1): "b"}, frozenset([Id(2), 2]), m.pop(1), m)
