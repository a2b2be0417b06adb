# total_ordering's generated methods carry CPython's docstrings and an entry set to None
# counts as defined; partial's repr uses a subclass's own name and guards recursion;
# partial, partialmethod and cached_property are generic; functools.__all__.
import functools


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version.__gt__.__doc__)
print(Version.__le__.__doc__, Version.__ge__.__name__)
print(Version(1) < Version(2), Version(3) >= Version(2), Version(2) <= Version(2))


@functools.total_ordering
class NoLess:
    __lt__ = None

    def __gt__(self, other):
        return True


print(NoLess.__lt__, NoLess.__le__.__doc__)


class Outer:
    class P(functools.partial):
        pass


print(repr(Outer.P(max, 1)))
items = []
p = functools.partial(max, items)
items.append(p)
print(repr(p))
print(functools.partial[int], functools.partialmethod[str], functools.cached_property[int])
print(functools.__all__)
