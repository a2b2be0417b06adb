# total_ordering's generated methods are its shared helpers renamed (__name__ only, the
# qualname stays the helper's), and partialmethod's unbound method has CPython's qualname.
import functools


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __eq__(self, other):
        return self.n == other.n


@functools.total_ordering
class Rev:
    def __ge__(self, other):
        return True


for cls in (Version, Rev):
    for op in ("__lt__", "__le__", "__gt__", "__ge__"):
        f = getattr(cls, op)
        print(cls.__name__, op, f.__name__, f.__qualname__, f.__module__)
print(Version(1) > Version(0), Version(1) <= Version(1), Rev() < Rev())


class C:
    def f(self, x, y=0):
        return x + y

    g = functools.partialmethod(f, 1, y=2)

    @classmethod
    def k(cls, x):
        return x

    h = functools.partialmethod(k, 5)


print(C.g.__qualname__, C.g.__name__, C().g(), C.h(), type(C.__dict__["g"]).__name__)
print(C.__dict__["g"])
