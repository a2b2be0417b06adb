# The in-place functions (iadd, imul, ...) mutate mutable objects and return the result,
# so a list grows but a tuple gives a new one. itemgetter works with keys and slices,
# attrgetter with dotted names. Notice the TypeErrors for bad arguments.
import operator


class Box:
    def __init__(self, inner):
        self.inner = inner


lst = [1]
res = operator.iadd(lst, [2])
print(res, res is lst, operator.iadd((1,), (2,)), operator.imul([0], 3))
print(operator.itemgetter("b", "a")({"a": 1, "b": 2}), operator.itemgetter(slice(1, 3))("hello"))
print(operator.attrgetter("inner.inner")(Box(Box(7))), operator.countOf([1, 2, 1], 1))
print(operator.indexOf("abc", "c"), operator.truth([]), operator.is_not(1, None))
print(operator.pow(2, 10), operator.mod(7, 3), operator.lshift(1, 4), operator.xor(6, 3))
print(operator.methodcaller("split", ",")("a,b"), operator.call(len, "four"))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=operator.itemgetter(0)))
for bad in (lambda: operator.attrgetter(1), lambda: operator.methodcaller(5),
            lambda: operator.itemgetter(), lambda: operator.add(1, "a"),
            lambda: operator.indexOf([1], 2), lambda: operator.concat(1, 2)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
