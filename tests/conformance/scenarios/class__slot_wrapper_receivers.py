class AppError(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code
class Bad(ValueError):
    def __init__(self, v):
        ValueError.__init__(self, "bad %r" % v)
class E2(KeyError):
    def __init__(self, k):
        super().__init__(k)
class OS(OSError):
    def __init__(self, *a):
        OSError.__init__(self, *a)
print(repr(AppError("m", 3)), AppError("m", 3).code, repr(Bad(1)), repr(E2("k")), str(E2("k")))
o = OS(2, "nope")
print(o.errno, o.strerror, o)
print(ValueError.__init__, Exception.__init__, OSError.__init__, KeyError.__str__, BaseException.__init__)
print(Exception.__init__ is BaseException.__init__, ValueError.__init__ is ValueError.__init__)
class D(dict):
    def __init__(self, *a, **k):
        dict.__init__(self, *a, **k)
print(D(a=1), int.__add__(True, 1), str.__len__(type("S", (str,), {})("abc")))
class L(list):
    def __init__(self, it):
        list.__init__(self, it)
print(L("ab"), type.__call__(int, "5"))
class P: pass
for f in [lambda: Exception.__init__(), lambda: ValueError.__init__(P()), lambda: int.__add__(1.5, 1),
          lambda: list.__len__(()), lambda: type.__call__(5), lambda: BaseException.__str__(P()),
          lambda: KeyError.__str__(ValueError()), lambda: str.__add__(b"x", "y"), lambda: float.__repr__(1),
          lambda: dict.__setitem__([], 1, 2), lambda: super.__init__(P()), lambda: object.__init__(P()),
          lambda: object.__repr__(5)[:5], lambda: tuple.__len__([1]), lambda: str.__format__(5, "")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
import asyncio
print(asyncio.CancelledError.__init__, asyncio.TimeoutError.__init__)
print('__init__' in ValueError.__dict__, '__init__' in vars(KeyError))


# The classic slips: `super.__init__` without the call, and a base class left out.
class Base:
    def __init__(self):
        self.ready = True


class Child(Base):
    def __init__(self):
        super.__init__(self)


try:
    Child()
except TypeError as e:
    print("TypeError:", e)


class Settings:
    def __init__(self, **kw):
        dict.__init__(self, **kw)


try:
    Settings(debug=True)
except TypeError as e:
    print("TypeError:", e)
print(super.__init__, bool.__eq__(True, 1), bool.__and__(True, False))
