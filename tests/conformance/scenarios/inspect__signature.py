# inspect.signature of functions (positional-only, keyword-only, defaults, annotations, *args,
# **kwargs), methods, static and class methods, classes, functools.partial, lambdas and
# wrapped coroutines; Parameter kinds and reprs; bind/bind_partial with their TypeErrors,
# apply_defaults; Signature and Parameter built by hand, replace, and their ValueErrors.
import inspect
import functools
import asyncio

def f(a, *args, **kw): pass
def g():
    def h(x): return x
    return h
class K:
    def m(self, x, y=2): pass
    @classmethod
    def c(cls, z): pass
    @staticmethod
    def s(q, /, r=1): pass
class P:
    def __init__(self, name: str, size: int = 3): pass
class Empty: pass
def z(a, b: int = 2, /, c='x', *, d, e: 'str' = None) -> list[int]: pass
async def co(url: str, *, timeout: float = 1.0) -> dict: pass

print(f.__code__.co_flags, g.__code__.co_flags, g().__code__.co_flags, co.__code__.co_flags)
for obj in (f, K().m, K.m, K.c, K.s, P, Empty, z, co, g(), functools.partial(z, 1, d=4), lambda x, y=3: 0):
    s = inspect.signature(obj)
    print(s, repr(s))
sig = inspect.signature(z)
print(sig.parameters)
for p in sig.parameters.values():
    print(p.name, p.kind, repr(p.kind), p.kind.description, p.default, p.annotation, p)
print(sig.return_annotation, inspect.Parameter.empty, inspect.Signature.empty is inspect.Parameter.empty)
b = sig.bind(1, 2, c=3, d=4)
print(b, b.args, b.kwargs, b.arguments)
b2 = inspect.signature(f).bind(1, 2, 3, x=4)
print(b2, b2.args, b2.kwargs)
bp = sig.bind_partial(1)
bp.apply_defaults()
print(bp)
for args, kwargs in [((), {}), ((1, 2, 3, 4), {'d': 1}), ((1,), {'a': 1, 'd': 2}), ((1,), {'d': 1, 'zz': 2}), ((1,), {'b': 2, 'd': 3})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
def deco(fn):
    @functools.wraps(fn)
    async def wrapper(*a, **k):
        return await fn(*a, **k)
    return wrapper
print(inspect.signature(deco(co)), inspect.signature(deco(co), follow_wrapped=False))
P2 = inspect.Parameter
s2 = inspect.Signature([P2('a', P2.POSITIONAL_ONLY), P2('b', P2.KEYWORD_ONLY, default=1)], return_annotation=int)
print(s2, s2 == inspect.Signature([P2('a', P2.POSITIONAL_ONLY), P2('b', P2.KEYWORD_ONLY, default=1)], return_annotation=int))
try:
    inspect.Signature([P2('a', P2.KEYWORD_ONLY), P2('b', P2.POSITIONAL_ONLY)])
except ValueError as e:
    print("ValueError:", e)
try:
    P2('1x', P2.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError:", e)
try:
    inspect.signature(5)
except TypeError as e:
    print("TypeError:", e)
print(type(sig).__name__, type(sig).__module__, inspect.Parameter.__module__, list(inspect.Parameter.VAR_POSITIONAL.__class__))
print(s2.replace(return_annotation=inspect.Signature.empty), sig.parameters['b'].replace(name='bb', default=9))
