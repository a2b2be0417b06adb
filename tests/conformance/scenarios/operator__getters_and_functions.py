# The operator module has every operator as a function (add, mul, lt, getitem...) and
# callables that fetch items (itemgetter), attributes (attrgetter) or call methods
# (methodcaller): handy as sort keys. Notice their reprs and multi-key results.
import operator
from functools import reduce


class Task:
    def __init__(self, name, prio):
        self.name, self.prio = name, prio

    def label(self, prefix):
        return prefix + self.name


rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.0)]
print(sorted(rows, key=operator.itemgetter(1)), operator.itemgetter(0, 2)(rows[0]))
tasks = [Task("io", 2), Task("cpu", 1)]
print([t.name for t in sorted(tasks, key=operator.attrgetter("prio"))])
print(operator.attrgetter("name", "prio")(tasks[0]), list(map(operator.methodcaller("label", "#"), tasks)))
print(operator.itemgetter(1), operator.attrgetter("a.b"), operator.methodcaller("m", 1, k=2))
print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(5), operator.not_(0), operator.contains([1, 2], 2), operator.getitem("xyz", 1))
print(operator.lt(1, 2), operator.eq("a", "a"), operator.is_(None, None), operator.index(7))
print(reduce(operator.or_, [1, 2, 4]), reduce(operator.concat, [[1], [2, 3]]))
d = {"k": 1}
operator.setitem(d, "j", 2)
operator.delitem(d, "k")
print(d, operator.length_hint(iter(range(5))), operator.iadd([1], [2]))
try:
    operator.itemgetter(5)(rows)
except IndexError as e:
    print("IndexError:", e)
try:
    operator.attrgetter("missing")(tasks[0])
except AttributeError as e:
    print("AttributeError:", e)
