# Metaclass errors as CPython reports them: a metaclass conflict between bases, a
# __prepare__ that returns no mapping, class keywords nothing accepts, and type.__new__'s
# argument checks.
class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


class Sub(M1):
    pass


class C(A, metaclass=Sub):
    pass


print(type(C).__name__, type(type("D", (C,), {})).__name__)
for make in [
    lambda: type("E", (A, B), {}),
    lambda: type("F", (), {}, flag=1),
    lambda: type.__new__(M1, "G", [], {}),
    lambda: type.__new__(M1, "G", (), []),
    lambda: type.__new__(5, "G", (), {}),
]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5


try:
    class H(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)


def functional(name, bases, ns):
    print("functional metaclass for", name, sorted(k for k in ns if not k.startswith("__")))
    return 42


class I(metaclass=functional):
    z = 1


print(I)


class Plain:
    pass


class J(Plain, extra=1):
    pass
