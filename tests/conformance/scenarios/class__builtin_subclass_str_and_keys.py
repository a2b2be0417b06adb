# A str subclass prints its value whatever its __repr__ says; int/str subclasses that define
# __hash__ still equal their values as dict and set keys; IntFlag members find their ints.
from enum import IntFlag


class Name(str):
    def __repr__(self):
        return f"Name({super().__repr__()})"


n = Name("ada")
print(n, str(n), "%s" % n, f"{n}", [n], repr(n))


class Key(int):
    def __hash__(self):
        return hash(int(self))


class Perm(IntFlag):
    READ = 4
    WRITE = 2


print({Key(1): 1}.get(Key(1)), {Key(1): "a", 1: "b"}, Key(1) in {1, 2}, {1: "one"}[Key(1)])
print({Perm.READ: "r"}.get(4), {4: "four"}[Perm.READ], Perm.READ | Perm.WRITE in {6})
print(Name("a,b").split(Name(",")), Name("x-y").replace(Name("-"), "+"), "a-b".partition(Name("-")))
