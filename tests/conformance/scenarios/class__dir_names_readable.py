# Every name dir() lists for an instance can be read back: object's __dir__, __sizeof__,
# __subclasshook__, __reduce__/__reduce_ex__ and __weakref__ (None, then the weak reference).
import weakref, copy
class A:
    def __init__(self): self.x = 1
a = A()
print([n for n in dir(a) if not hasattr(a, n)])
print(A.__subclasshook__(), a.__weakref__, a.__sizeof__(), sorted(a.__dir__()) == dir(a))
r = weakref.ref(a); print(a.__weakref__ is r)
for n in dir(a):
    v = getattr(a, n)
print(copy.copy(a).x, copy.deepcopy(a).x)
class S:
    __slots__ = ("p", "q")
print(S().__sizeof__())
