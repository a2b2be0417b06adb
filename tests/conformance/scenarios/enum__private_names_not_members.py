# Names private to the enum class (`__p`, mangled to `_A__p`) are not members; 3.11 matches
# the class name as written, so a class named with a leading underscore keeps them.
from enum import Enum
class A(Enum):
    X = 1
    __p = 2
    __pp = 3
    __q_ = 4
print(list(A))
class _B(Enum):
    Y = 1
    __r = 2
print(list(_B))
class C(Enum):
    Z = 1
    __s__ = 5
print(list(C))
