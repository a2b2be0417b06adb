# Zero-argument super() checks, as super(type, obj) does, that the receiver is an instance or
# subclass of the method's class: a method copied into an unrelated class (what
# @dataclass(slots=True) does when it makes a new class) fails with CPython's TypeError.
from dataclasses import dataclass


class A:
    def f(self):
        return ("A.f", super().__repr__()[:4])


class B:
    f = A.f


print(A().f())
try:
    B().f()
except TypeError as e:
    print("TypeError:", e)


@dataclass(slots=True)
class Base:
    a: int

    def total(self):
        return self.a


@dataclass(slots=True)
class Derived(Base):
    b: int = 0

    def total(self):
        return super().total() + self.b


try:
    print(Derived(1, 2).total())
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__ for", cls.__name__)
        return super().__call__(*args)

    def describe(cls):
        return super().__repr__()


class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, **kwargs):
        print("subclass", cls.__name__)
        super().__init_subclass__(**kwargs)


class Child(WithMeta):
    pass


print(type(Child()).__name__, Child.describe())
print(super(Meta, Child).__repr__())
try:
    super(A, B())
except TypeError as e:
    print("TypeError:", e)
