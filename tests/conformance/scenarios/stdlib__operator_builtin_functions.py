# The operator functions are built-in functions: stored on a class they are not bound as
# methods, they print as built-ins, and their argument errors are Argument Clinic's.
import functools
import operator
import types


class Calc:
    add = operator.add
    neg = operator.neg

    def run(self, a, b):
        return self.add(a, b), self.neg(a)


print(Calc().run(2, 3), Calc.add(1, 2))
print(operator.add, operator.not_, operator.getitem, operator.__add__ is operator.add)
print(type(operator.mul).__name__, isinstance(operator.mul, types.BuiltinFunctionType))
print(operator.add.__module__, operator.add.__name__, operator.truediv.__qualname__)
print(functools.partial(operator.mul, 2), functools.partial(operator.mul, 2)(21))
print(functools.reduce(operator.add, range(5)), list(map(operator.neg, [1, -2])))

ENV = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
print(sorted(ENV.items()))
print([f(7, 2) for f in ENV.values()])

print(operator.lt(1, 2), operator.eq("a", "a"), operator.is_(None, None), operator.truth([]))
print(operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.pow(2, 10))
print(operator.iadd([1], [2]), operator.ior({1}, {2}), operator.inv(5), operator.abs(-3))
d = {}
operator.setitem(d, "k", 1)
operator.delitem(d, "k")
print(d, operator.and_(6, 3), operator.or_(True, False), operator.xor(5, 1))


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self.xs, other.xs)))

    def __neg__(self):
        return Vec(*(-a for a in self.xs))

    def __repr__(self):
        return f"Vec{self.xs}"


print(operator.add(Vec(1, 2), Vec(3, 4)), operator.neg(Vec(1, -1)))

for call in [
    lambda: operator.add(1),
    lambda: operator.add(1, 2, 3),
    lambda: operator.neg(),
    lambda: operator.add(a=1, b=2),
    lambda: operator.add(1, "a"),
    lambda: operator.neg("x"),
    lambda: operator.lt(1, "a"),
    lambda: operator.getitem([], 3),
    lambda: operator.truediv(1, 0),
    lambda: operator.setitem((), 0, 1),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
