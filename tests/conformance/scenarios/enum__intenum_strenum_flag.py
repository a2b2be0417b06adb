# IntEnum members are ints (they compare and do arithmetic with numbers); StrEnum members
# are strs; Flag members combine with |. In 3.11 str() and format() of IntEnum/StrEnum
# give the plain value. Notice each repr, and @unique rejecting an alias.
from enum import IntEnum, StrEnum, Flag, Enum, auto, unique


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


class Method(StrEnum):
    GET = auto()
    POST = auto()


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


print(Priority.HIGH, repr(Priority.HIGH), Priority.HIGH > Priority.LOW, Priority.LOW + 1)
print(Priority(2), Priority.HIGH == 2, sorted([Priority.HIGH, 0, Priority.LOW]), f"{Priority.LOW}")
print(Method.GET, repr(Method.POST), Method.GET == "get", Method.GET.upper(), f"[{Method.POST}]")
rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, Perm.EXEC in rw, Perm.WRITE.value, list(Perm))
print(bool(Perm(0)), repr(Perm(0)), repr(rw & Perm.WRITE))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Priority(5)
except ValueError as e:
    print("ValueError:", e)
