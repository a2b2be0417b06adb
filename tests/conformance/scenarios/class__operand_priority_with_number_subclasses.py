# Which operand answers: a built-in number's own slot takes an int-like right operand of an
# unrelated subclass (`1.5 + MyInt(1)`), a subclass of the left's type that overrides the
# reflected method goes first (also before str's own %), and bool(NotImplemented) warns.
class MyInt(int):
    def __radd__(self, other):
        return "MyInt.__radd__"

    def __rmul__(self, other):
        return "MyInt.__rmul__"


class MyFloat(float):
    def __radd__(self, other):
        return "MyFloat.__radd__"


class Plain(int):
    pass


class MyStr(str):
    def __rmod__(self, other):
        return "MyStr.__rmod__"


class Tail(str):
    pass


print(True + MyInt(1), 1.5 + MyInt(1), 1 + MyInt(1), 2 * MyInt(3), 2.0 * MyInt(3))
print(1 + MyFloat(2.0), 1.5 + MyFloat(2.0), True + MyFloat(1.0), 10 ** 20 + MyInt(1))
print(1 + Plain(2), type(1 + Plain(2)).__name__, 1.5 - Plain(2), [1] * Plain(2), "ab" * Plain(2))
print("%s" % MyStr("x"), "%s!" % Tail("y"), "a" + Tail("b"), type("a" + Tail("b")).__name__)
try:
    1 / MyInt(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(bool(NotImplemented))
