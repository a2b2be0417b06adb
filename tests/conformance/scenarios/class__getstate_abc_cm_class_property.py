# object.__getstate__ (3.11) for plain, slotted and built-in objects; copies of frozen slotted
# dataclasses; contextlib's ABCs recognise classes by their methods; the "class property"
# idiom (@classmethod over @property, 3.9-3.12).
import copy
from dataclasses import dataclass
from contextlib import AbstractContextManager, AbstractAsyncContextManager, suppress, nullcontext, ExitStack
class P:
    def __init__(self): self.a = 1
    def __getstate__(self):
        return super().__getstate__()
print(P().__getstate__())
class E: pass
print(E().__getstate__(), object().__getstate__(), [].__getstate__())
class S:
    __slots__ = ('x', 'y', '__p')
    def __init__(self): self.x = 1; self.__p = 2
print(S().__getstate__())
class SD:
    __slots__ = ('x', '__dict__')
    def __init__(self): self.x = 1; self.z = 2
print(SD().__getstate__())
@dataclass(slots=True, frozen=True)
class F:
    a: int
    b: list
f = F(1, [2])
print(copy.copy(f), copy.deepcopy(f), copy.deepcopy(f).b is f.b, f.__getstate__())
@dataclass(frozen=True)
class G:
    a: int
print(copy.copy(G(3)), hasattr(G, '__setstate__'))
class T:
    def __enter__(self): return self
    def __exit__(self, *a): pass
class A:
    async def __aenter__(self): pass
    async def __aexit__(self, *a): pass
class N:
    __enter__ = None
    def __exit__(self, *a): pass
print(isinstance(T(), AbstractContextManager), isinstance(A(), AbstractAsyncContextManager))
print(isinstance(A(), AbstractContextManager), isinstance(N(), AbstractContextManager))
print(issubclass(ExitStack, AbstractContextManager), isinstance(suppress(), AbstractContextManager), isinstance(nullcontext(), AbstractAsyncContextManager))
class Mine(AbstractContextManager):
    pass
try:
    Mine()
except TypeError as e:
    print(e)
class Mine2(AbstractContextManager):
    def __exit__(self, *a): print("exit", a[0])
with Mine2() as m:
    print(type(m).__name__)
print(type(AbstractContextManager).__name__)
class Cfg:
    _registry = {"a": 1, "b": 2}
    @classmethod
    @property
    def keys(cls):
        return list(cls._registry)
    @classmethod
    def plain(cls):
        return cls.__name__
class Sub(Cfg):
    _registry = {"z": 0}
print(Cfg.keys, Sub.keys, Cfg().keys, Cfg.plain(), Sub().plain())
