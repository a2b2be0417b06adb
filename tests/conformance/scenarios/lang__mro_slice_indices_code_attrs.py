# Introspection a tutorial reaches for: cls.mro() lists the classes an attribute lookup
# searches (C3 order for diamonds), slice.indices(n) gives the concrete (start, stop, step)
# a slice means for a sequence of n items, and a function's __code__ tells its parameters.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.mro())
print(int.mro(), bool.mro(), type(D.mro()))
print(slice(1, None, 2).indices(10), slice(None, None, -1).indices(5), slice(-3, 100).indices(7))
print(slice(None).indices(0), slice(10, -10, -3).indices(4))
try:
    slice(1).indices(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(None, None, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
s = slice(2, 8, 3)
data = list(range(10))
print(data[s], [data[i] for i in range(*s.indices(len(data)))])

def f(a, b=2, *c, d, **e):
    x = a + b
    return x

def g(p, /, q):
    pass

code = f.__code__
print(code.co_name, code.co_varnames, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(g.__code__.co_varnames, g.__code__.co_posonlyargcount, g.__code__.co_argcount)
