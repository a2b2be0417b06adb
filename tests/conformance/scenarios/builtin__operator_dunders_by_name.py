# Operator dunders of built-in types called by name: CPython's slot wrappers. A number's or
# a set's binary method answers NotImplemented for an operand it does not handle, so Python
# can try the other operand; sequences raise TypeError instead. In-place list and dict
# methods mutate and return the object itself.
print((3).__add__(4), "a".__mul__(3), [1].__add__([2]), {1}.__or__({2}), (5).__radd__(1))
print((-3).__abs__(), (3.7).__int__(), (17).__divmod__(5), (7).__rdivmod__(20), (2.0).__mul__(3))
print((3).__add__("x"), (3).__sub__(1.0), (1.5).__add__(1), {1}.__or__([2]), {"a": 1}.__or__([]))
print((3).__neg__(), (3).__invert__(), (3).__bool__(), (0.0).__bool__(), (3).__index__(), (3).__float__())
print((2.5).__round__(), (2.567).__round__(1), (7).__round__(-1), (3.7).__trunc__(), (3.2).__ceil__())
print((7).__floordiv__(2), (7).__rsub__(10), (3).__lshift__(2), (3).__and__(1), True.__and__(False))
print(frozenset({1}).__or__({2}), (1,).__add__((2,)), (1,).__mul__(2), [0].__rmul__(3), "%s!".__mod__("hi"))
lst = [1]
print(lst.__iadd__((2, 3)) is lst, lst, lst.__imul__(2), lst)
d = {"a": 1}
print(d.__ior__([("b", 2)]) is d, d)
s = {1}
print(s.__ior__({2}) is s, s, s.__isub__({1}), s.__ior__([3]))
print(int.__add__(2, 3), float.__mul__(1.5, 2), str.__add__("a", "b"), list.__mul__([7], 2))
print(hasattr(3, "__add__"), hasattr("a", "__sub__"), hasattr(1.0, "__invert__"), hasattr(1.0, "__index__"))


class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"


m = Money(5)
print(m.__add__(1), m.__radd__(2), m.__neg__(), m.__abs__(), m.__divmod__(2), m + 1, 1 + m)
for call in [lambda: "a".__mul__("b"), lambda: [1].__add__((2,)), lambda: "a".__add__(1),
             lambda: (1).__add__(), lambda: (1).__add__(1, 2), lambda: (3).__truediv__(0),
             lambda: "a".__sub__, lambda: (1.5).__index__]:
    try:
        print(call())
    except (TypeError, ZeroDivisionError, AttributeError) as e:
        print(type(e).__name__, e)
