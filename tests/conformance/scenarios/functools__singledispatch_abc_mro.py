# singledispatch with abstract base classes: an implicit ABC (found through __len__ or
# __iter__, or ABC.register) is placed in the class's MRO where it is introduced, two
# unrelated implicit ABCs that both match make the call ambiguous, a later ABC.register
# changes the cached answer, and `registry` is a read-only mappingproxy.
from collections.abc import Iterable, Mapping, Sequence, Sized
from functools import singledispatch


def show(func, *objs):
    results = []
    for obj in objs:
        try:
            results.append(func(obj))
        except RuntimeError as e:
            results.append(f"{type(e).__name__} {e}")
    print(" | ".join(results))


@singledispatch
def describe(obj):
    return "object"


class Plain: pass
class Container:
    def __len__(self): return 0
class Thing(Container, Plain): pass
class Other(Plain, Container): pass


describe.register(Sized, lambda obj: "sized")
describe.register(Plain, lambda obj: "plain")
show(describe, Thing(), Other(), [], 3)

kind = singledispatch(lambda obj: "default")
kind.register(Iterable, lambda obj: "iterable")
kind.register(Sized, lambda obj: "sized")


class Both:
    def __iter__(self): return iter(())
    def __len__(self): return 0
class Records(Both, Sequence):
    def __getitem__(self, i): raise IndexError(i)
class Lookup: pass
class Bag: pass


show(kind, [1], iter([]), Records(), 5, Both(), Lookup(), Bag())
Sized.register(Bag)
show(kind, Bag())
Mapping.register(Lookup)
kind.register(Mapping, lambda obj: "mapping")
show(kind, Lookup(), {}, ())
print(type(kind.registry).__name__, len(kind.registry), kind.registry[object] is kind.__wrapped__)
try:
    kind.registry[int] = len
except TypeError as e:
    print(type(e).__name__, e)
