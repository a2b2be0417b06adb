# Which library types mapping and sequence patterns accept, as CPython flags them: a
# mappingproxy, ChainMap (and its subclasses), UserDict and os.environ are mappings; UserList,
# UserString, deque, range and memoryview are sequences; str, bytes, bytearray and sets are not.
import os, types
from collections import ChainMap, UserDict, UserList, UserString, OrderedDict, Counter, deque
class MyChain(ChainMap):
    pass
for subject in [types.MappingProxyType({"a": 1}), ChainMap({"a": 2}), MyChain({"a": 3}), UserDict(a=4),
                OrderedDict(a=5), Counter(a=6), UserList([1, 2]), UserString("ab"), deque([1, 2]),
                "ab", b"ab", bytearray(b"ab"), range(2), memoryview(b"ab"), {1, 2}, frozenset()]:
    match subject:
        case {"a": v}:
            print(type(subject).__name__, "mapping", v)
        case [x, y]:
            print(type(subject).__name__, "sequence", x, y)
        case _:
            print(type(subject).__name__, "neither")
match os.environ:
    case {"NO_SUCH_VARIABLE_HERE": _}:
        print("has it")
    case {}:
        print("environ is a mapping")
