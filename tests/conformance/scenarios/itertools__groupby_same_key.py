# groupby compares keys as CPython's PyObject_RichCompareBool does: a key is always equal to
# itself, so a NaN (the same object) forms one group and a noisy __eq__ is not asked about identical keys.
from itertools import groupby

data = [1.0, float("nan"), 2.0, 2.0]
for key, group in groupby(data):
    print(key, list(group))

nan = float("nan")
print([(k, len(list(g))) for k, g in groupby([nan, nan, 1.0, nan])])


class Noisy:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  eq {self.v} {other.v}")
        return self.v == other.v

    def __repr__(self):
        return f"N{self.v}"


one, two = Noisy(1), Noisy(2)
print([(k, list(g)) for k, g in groupby([one, one, two, Noisy(2)])])
print([(k, len(list(g))) for k, g in groupby(["a", "A", "b"], key=str.lower)])
