# classmethod and staticmethod carry their function's __annotations__ (3.10+), so
# singledispatchmethod.register reads the type from a classmethod or staticmethod below it.
from functools import singledispatchmethod
print(staticmethod(lambda a: a).__annotations__, classmethod(lambda c, a: a).__annotations__)
def f(x: int) -> str: ...
print(staticmethod(f).__annotations__, classmethod(f).__annotations__ is f.__annotations__)
class Fmt:
    @singledispatchmethod
    def fmt(self, arg): return "default"
    @fmt.register
    @classmethod
    def _(cls, arg: str): return f"str:{arg}"
    @fmt.register
    @staticmethod
    def _(arg: int): return f"int:{arg}"
print(Fmt().fmt("x"), Fmt().fmt(3), Fmt().fmt(1.5))
