# object.__init__ refuses extra arguments when the class overrides __init__ (a super() chain
# that passes arguments on too far) or nothing else took them; a __new__ of the class's own
# takes them, and cooperative mixins still work.
class Svc:
    def __init__(self, x): super().__init__(x)
try: Svc(1); print("no error")
except TypeError as e: print(e)
class N:
    def __new__(cls, *a): return super().__new__(cls)
print(type(N(1, 2)).__name__)
class P: pass
try: P(1)
except TypeError as e: print(e)
try: object.__init__(P(), 1)
except TypeError as e: print(e)
class M:
    def __init__(self, **kw):
        super().__init__(**kw)
try: M(a=1)
except TypeError as e: print(e)
class Base:
    def __init__(self, x): self.x = x
class Mixin:
    def __init__(self, *a, **k): super().__init__(*a, **k)
class C(Mixin, Base): pass
print(C(3).x)
class Q(dict):
    def __init__(self, *a): super().__init__(*a)
print(Q({1: 2}))
class E(Exception):
    def __init__(self, m): super().__init__(m)
print(repr(E("z")))
