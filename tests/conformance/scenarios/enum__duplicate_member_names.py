# An enum member name given twice, or a member and a method of the same name, is a
# TypeError when the class body runs; two names for one value make an alias, not an error.
from enum import Enum

try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(Enum):
        A = 1
        def A(self):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad3(Enum):
        def A(self):
            pass
        A = 1
except TypeError as e:
    print("TypeError", repr(e).split(" at ")[0])
class Good(Enum):
    A = 1
    B = 1
print(list(Good), Good.B)
