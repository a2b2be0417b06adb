# divmod() and three-argument pow() on the program's classes: __divmod__/__rdivmod__ and
# __pow__(exp, mod) answer (pow never asks __rpow__ with a modulus), and the errors when none do.
class N:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
    def __pow__(self, e, mod=None): return ("pow", e, mod)
    def __rpow__(self, b, mod=None): return ("rpow", b, mod)
print(divmod(N(), 2), divmod(2, N()), divmod(N(), N()), pow(N(), 4, 5), pow(N(), 2), pow(2, N()))
class NP:
    def __pow__(self, e, mod=None): return NotImplemented
class M: pass
class D:
    def __floordiv__(s, o): return 1
    def __mod__(s, o): return 2
class MyInt(int): pass
class R:
    def __rdivmod__(s, o): return ('r', o)
    def __divmod__(s, o): return NotImplemented
tests = [lambda: pow(NP(), 2, 3), lambda: pow(M(), 2, 3), lambda: pow(2, M(), 3), lambda: pow(2, N(), 3),
         lambda: divmod(D(), 2), lambda: divmod(M(), 2), lambda: divmod(2, M()), lambda: divmod(MyInt(7), 2),
         lambda: divmod(7, MyInt(2)), lambda: pow(MyInt(3), 2, 5), lambda: pow(2.0, 3, 5), lambda: divmod(5, R()),
         lambda: divmod(R(), 5), lambda: divmod(7.5, 2), lambda: divmod("a", 2)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
