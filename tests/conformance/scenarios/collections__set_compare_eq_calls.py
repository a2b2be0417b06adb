# Comparing sets checks sizes first, then tests each item of one set in the other once: an
# item's __eq__ runs once per comparison, as in CPython's set_richcompare.
class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print(f"  V{self.n} == V{other.n}")
        return self.n == other.n

    def __hash__(self):
        return 0

    def __repr__(self):
        return f"V{self.n}"


a = {V(1)}
b = {V(1)}
c = {V(1), V(2)}
for label, compare in [
    ("a == b", lambda: a == b),
    ("a != b", lambda: a != b),
    ("a <= c", lambda: a <= c),
    ("a < c", lambda: a < c),
    ("c > a", lambda: c > a),
    ("c >= a", lambda: c >= a),
    ("a == c", lambda: a == c),
    ("c < a", lambda: c < a),
    ("a > b", lambda: a > b),
    ("frozen == set", lambda: frozenset(a) == b),
]:
    print(label)
    print(" ", compare())
