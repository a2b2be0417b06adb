# Sets and dicts whose keys define __eq__ and __hash__ compare and combine by them: two
# sets of equal-but-distinct objects are equal, their union keeps one, their intersection
# and difference find the match.
# Notice isdisjoint, issubset and dict equality ask __eq__ too.
class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Tag) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"Tag({self.name!r})"


a, b = {Tag("x"), Tag("y")}, {Tag("y"), Tag("z")}
print({Tag("x")} == {Tag("x")}, {Tag("x"), 2} == {2, Tag("x")}, {Tag("x")} <= a, a < a | b)
print(sorted(a | b, key=repr), a & b, sorted(a - b, key=repr), sorted(a ^ b, key=repr))
print(a.isdisjoint({Tag("y")}), {Tag("y")}.issubset([Tag("y")]), b.issuperset({Tag("z")}))
print({Tag("k"): 1} == {Tag("k"): 1}, {(Tag("t"), 1)} == {(Tag("t"), 1)})
c = set(a)
c -= {Tag("x")}
c |= {Tag("y"), Tag("w")}
c ^= {Tag("w"), Tag("v")}
c &= {Tag("y"), Tag("v")}
print(sorted(c, key=repr), frozenset([Tag("f")]) == frozenset([Tag("f")]))
