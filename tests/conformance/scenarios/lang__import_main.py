# import __main__ gives the program's own module (plugin lookups, dictConfig's '()' factories).
import sys
X = 5
print('__main__' in sys.modules)
import __main__
print(__main__.X)
from __main__ import X as Y
print(Y, __import__("__main__").X)
