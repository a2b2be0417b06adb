# A built-in type's comparison method called by name answers NotImplemented for an operand of
# another type (int.__eq__(1, 1.0), str.__lt__("a", 1)), while the operator itself goes on to
# the other operand and, for ==, to identity. A str subclass's super().__eq__ does the same.
print(int.__eq__(1, 1.0), float.__eq__(1.0, 1), (1).__eq__(True), "a".__eq__(1), "a".__ne__("b"))
print(str.__lt__("a", 1), dict.__lt__({}, {}), dict.__eq__({}, {}), list.__eq__([1], (1,)))
print((1,).__eq__((1,)), [1, 2].__lt__([1, 3]), (2.5).__gt__(2), (2).__ge__(2.5), 1 == 1.0)


class Tag(str):
    def __eq__(self, other):
        result = super().__eq__(other)
        print("  str.__eq__ gave", result)
        return result

    __hash__ = str.__hash__


print(Tag("x") == "x", Tag("x") == 5)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
