# int() and float() check what __int__, __float__ and __index__ return: another type is a
# TypeError, a strict subclass a DeprecationWarning and the exact type.
class X:
    def __float__(self): return 1
    def __int__(self): return 'x'
class Y:
    def __index__(self): return 'x'
class Y2:
    def __index__(self): return 7
class B(float): pass
class I(int): pass
class Z:
    def __float__(self): return B(2.0)
    def __int__(self): return True
class Z2:
    def __int__(self): return I(5)
for c,o in [(float,X()),(int,X()),(int,Y()),(float,Y()),(float,Z()),(int,Z()),(float,Y2()),(int,Y2()),(int,Z2()),(int,Z2())]:
    try: print(repr(c(o)))
    except TypeError as e: print(e)
import math
print(math.floor(Y2()) if hasattr(Y2, '__floor__') else 'nofloor')
