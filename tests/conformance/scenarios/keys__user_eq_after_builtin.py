# A set or dict that holds a key of a Python class equal to a built-in value (a Fraction equal
# to 0.5) finds it when that built-in value is looked up afterwards: one entry, not two.
# xfail: a lookup by a built-in key does not ask the equal-hashed keys of Python classes already stored
from fractions import Fraction

print(len({Fraction(2, 4), 0.5}), len({0.5, Fraction(2, 4)}))
d = {Fraction(1, 2): "half"}
print(d.get(0.5), 0.5 in d, d[Fraction(2, 4)])
