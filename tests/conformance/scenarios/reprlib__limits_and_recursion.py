# reprlib: the module-level repr's limits on every container, long strings and ints,
# nesting depth, a Repr subclass with its own limits and repr_<type> method, an instance
# whose repr raises, and recursive_repr guarding a self-referencing structure.
import reprlib
from collections import deque

print(reprlib.repr(list(range(20))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(tuple(range(10))))
print(reprlib.repr(set(range(10))), reprlib.repr(frozenset("abcdefgh")), reprlib.repr(set()))
print(reprlib.repr({i: str(i) for i in range(8)}), reprlib.repr({}))
print(reprlib.repr(deque(range(9))))
print(reprlib.repr("x" * 100), reprlib.repr("short"), reprlib.repr("it's\n" * 10))
print(reprlib.repr(7 ** 60), reprlib.repr(-12))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr({"k": [1, {2, 3}, (4,)]}))
print(reprlib.repr({3, 2.5, (1,)}))


class Loud:
    def __repr__(self):
        return "Loud(" + "!" * 50 + ")"


class Broken:
    def __repr__(self):
        raise RuntimeError("no repr")


print(reprlib.repr(Loud()))
print(reprlib.repr(Broken()).split(" at 0x")[0])


class Short(reprlib.Repr):
    def __init__(self):
        super().__init__()
        self.maxlist = 2
        self.maxlevel = 2
        self.fillvalue = "~"

    def repr_Loud(self, obj, level):
        return "<loud>"


short = Short()
print(short.repr([1, 2, 3, [4, [5, [6]]]]), short.repr([Loud(), Loud()]))
print(reprlib.aRepr.maxstring, reprlib.aRepr.maxother, reprlib.Repr().maxdict)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr("<...>")
    def __repr__(self):
        """Shows the tree."""
        return f"Node({self.name!r}, {self.children!r})"


root = Node("root")
child = Node("child")
root.children.append(child)
child.children.append(root)
print(root)
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__)
print(repr(Node("leaf")))
