# A subclass of weakref.ref without a __new__ of its own: ref's __new__ makes the
# reference from the call's arguments, whether or not the subclass has an __init__ (which
# may take more), and it dies with its referent like any weak reference.
import weakref

class Node:
    pass

class NamedRef(weakref.ref):
    def __init__(self, ob, callback=None, name="?"):
        super().__init__(ob, callback)
        self.name = name

n = Node()
r = NamedRef(n, None, name="first")
print(r() is n, r.name, type(r).__name__)
class Plain(weakref.ref):
    pass
p = Plain(n)
print(p() is n, isinstance(p, weakref.ref))
del n
print(r(), p())
