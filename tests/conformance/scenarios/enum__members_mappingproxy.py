# Enum.__members__ is a read-only live mappingproxy.
import enum
class C(enum.Enum):
    R = 1
    G = 2
print(C.__members__)
print(list(C.__members__), C.__members__["R"], len(C.__members__), "R" in C.__members__)
for k, v in C.__members__.items(): print(k, v)
try:
    C.__members__["B"] = 3
except TypeError as e:
    print(e)
print(type(C.__members__).__name__)
