# lru_cache hashes a key once per call and, when bounded, keeps its entries in recency
# order: a hit moves the entry, a miss on a full cache evicts the oldest. Methods bind as
# bound methods; typed=True keeps 1, 1.0 and True apart.
import functools
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print("  hash"); return hash(self.v)
    def __eq__(self, o):
        print("  eq"); return self.v == o.v
@functools.lru_cache(maxsize=2)
def look(k): return k.v
print("miss"); look(Key(1))
print("hit");  look(Key(1))
@functools.cache
def look2(k, *, z=0): return k.v
print("miss"); look2(Key(1))
print("hit");  look2(Key(1))
print("kw");  look2(Key(1), z=3)
print(look.cache_info(), look2.cache_info())
@functools.lru_cache(maxsize=3)
def sq(n):
    print("compute", n); return n * n
for n in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    sq(n)
print(sq.cache_info())
sq.cache_clear(); sq(1); sq(1); print(sq.cache_info())
class G:
    def __repr__(self): return "G()"
    @functools.lru_cache
    def cached(self, x): return x * 2
g = G()
print(g.cached, type(g.cached).__name__, g.cached(3), g.cached(3), G.cached.cache_info())
import types; print(isinstance(g.cached, types.MethodType))
@functools.lru_cache(maxsize=None, typed=True)
def t(x): print("t", x); return x
t(1); t(1.0); t(True); t(1); print(t.cache_info())
@functools.lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
@functools.lru_cache(maxsize=2)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30), fib.cache_info())
@functools.cache
def fib2(n): return n if n < 2 else fib2(n-1) + fib2(n-2)
print(fib2(200), fib2.cache_info())
try: look([1])
except TypeError as e: print(e)
