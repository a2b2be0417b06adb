# Built-in types other than str and bytes have no __str__ of their own: object.__str__
# asks type(self).__repr__, so a subclass's super().__str__() shows its own repr.
from collections import namedtuple, Counter, OrderedDict, defaultdict
class Point(namedtuple("Point", "x y")):
    def __str__(self): return "Point: " + super().__str__()
print(str(Point(1, 2)))
print(Counter("aab").__str__(), OrderedDict(a=1).__str__())
class L(list):
    def __repr__(self): return "L!"
    def __str__(self): return "str:" + super().__str__()
print(L([1]))
class I(int):
    def __repr__(self): return "I!"
print(str(I(5)), I(5).__str__(), int.__str__(I(5)))
class T(tuple):
    def __repr__(self): return "T!"
print(str(T()), tuple.__str__(T()), T().__str__())
print(tuple.__str__, list.__str__, int.__str__)
