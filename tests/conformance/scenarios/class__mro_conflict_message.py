# Bases C3 cannot order: CPython's TypeError names the classes left at the heads of what it
# could not merge (not the bases as written), over two lines.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass


def attempt(make):
    try:
        make()
    except TypeError as e:
        print(repr(str(e)))


attempt(lambda: type("C", (A, B), {}))
attempt(lambda: type("D", (object, A), {}))
attempt(lambda: type("E", (X, A), {}))
try:
    class F(A, B):
        pass
except TypeError as e:
    print(e)
print([c.__name__ for c in type("G", (A, Y), {}).__mro__])
