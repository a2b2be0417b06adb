# Which operand answers: a right operand whose class subclasses the left one and overrides
# the reflected method goes first (arithmetic and comparisons); two operands of one class
# never get the reflected method; a class's __class__ is its metaclass.
class N:
    def __add__(self, o): return "N.add"
    def __radd__(self, o): return "N.radd"
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return "N.rsub"
class Sub(N):
    def __radd__(self, o): return "Sub.radd"
class Sub2(N):
    pass
class Sub3(N):
    def __radd__(self, o): return NotImplemented
print(N() + Sub(), N() + Sub2(), N() + Sub3(), Sub() + N(), N() - Sub())
try:
    N() - N()
except TypeError as e:
    print(e)
x = N(); x += Sub(); print(x)
class M:
    def __lt__(self, o): return "M.lt"
    def __eq__(self, o): return "M.eq"
class SubM(M):
    def __gt__(self, o): return "SubM.gt"
class SubM2(M):
    pass
print(M() < SubM(), M() < SubM2(), SubM() < M(), M() == SubM(), M() != SubM(), M() > SubM())
class I(int):
    def __radd__(self, o): return "I.radd"
    def __gt__(self, o): return "I.gt"
print(1 + I(2), I(2) + 1, 1 < I(3), I(3) > 1)
class P: pass
class Q(P):
    def __eq__(self, o): print("Q.eq"); return NotImplemented
print(P() == Q())
from enum import Enum
class Color(Enum):
    R = "r"
    G = "g"
print(P.__class__, int.__class__, Color.__class__, Color.R in Color, type.__class__)
class Meta(type): pass
class W(metaclass=Meta): pass
print(W.__class__, W().__class__)
