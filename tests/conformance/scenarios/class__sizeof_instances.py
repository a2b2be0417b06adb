# object.__sizeof__ of instances: the header, a pointer per slot, and the weak reference list
# when a class in the chain has no __slots__ (or names __weakref__); the dict is outside it.
class A: pass
class S:
    __slots__ = ("p", "q")
class W:
    __slots__ = ("p", "__weakref__")
class M(S): pass
class N(S):
    __slots__ = ("r",)
class D:
    __slots__ = ("__dict__",)
for c in (A, S, W, M, N, D):
    print(c.__name__, c().__sizeof__())
