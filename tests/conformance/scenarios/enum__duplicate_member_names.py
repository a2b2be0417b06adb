# An enum member name given twice, or a member and a method of the same name, is a
# TypeError when the class body runs, and so is a name given twice to the functional API;
# two names for one value make an alias, not an error.
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
from enum import IntEnum, Flag
for names in (["A", "B", "A"], [("A", 1), ("A", 2)], "X Y X", {"P": 1, "Q": 1}):
    try:
        E = Enum("E", names)
        print(list(E), E.__members__)
    except TypeError as e:
        print("TypeError", e)
print(list(IntEnum("Level", "LOW MID HIGH", start=10)), list(Flag("Perm", "R W X")))
print(Enum("Color", [("RED", 1), ("GREEN", 2)]).GREEN, Enum("Shape", {"SQ": "square"}).SQ.value)
