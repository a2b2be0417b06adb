# functools.cached_property computes an attribute once, then stores it in the instance's
# __dict__ (delete it to recompute). functools.total_ordering fills in <=, >, >= from
# __eq__ and __lt__. Notice when "computing" is printed, and the mixed-type comparison.
import functools


class Report:
    def __init__(self, rows):
        self.rows = rows

    @functools.cached_property
    def total(self):
        print("  computing total")
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, "total" in vars(r))
r.rows.append(4)
print(r.total)
del r.total
print(r.total)
r.total = 100
print(r.total, type(Report.total).__name__, Report.total.attrname)


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version("1.10.0"), Version("1.9.3")
print(a > b, a >= b, a <= b, a == Version("1.10"), a == Version("1.10.0"))
print(sorted([a, b, Version("0.1")]), max(a, b))
print("__ge__" in Version.__dict__, "__gt__" in vars(Version))
try:
    a < "2.0"
except TypeError as e:
    print("TypeError:", e)
try:
    a >= 3
except TypeError as e:
    print("TypeError:", e)
