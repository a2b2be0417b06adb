# Details of built-in protocols: dir() through __dir__, the 3.10 keyword arguments of NameError
# and AttributeError, __index__ returning a bool (deprecated), __iter__/__reversed__ set to
# None, a SyntaxError raised with details (its last line shows msg), enumerate()'s message.
class D:
    def __dir__(self): return ["zeta", "alpha", "alpha"]
print(dir(D()))
e = NameError("x", name="nm"); print(e, e.name, NameError("y").name)
a = AttributeError("x", name="n", obj=1); print(a.name, a.obj, AttributeError().obj)
for bad in [lambda: NameError("x", path=1), lambda: AttributeError("x", path=1), lambda: KeyError("k", name=1)]:
    try: bad()
    except TypeError as t: print(t)
print(UnboundLocalError("x", name=1).name)
class Y:
    def __index__(self): return True
print(bin(Y()))
class X:
    __iter__ = None
    __reversed__ = None
for fn in (iter, reversed):
    try: fn(X())
    except TypeError as e: print(e)
try:
    raise SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 7))
except SyntaxError as e:
    print(e, "|", e.msg)
try:
    enumerate()
except TypeError as e:
    print(e)
raise SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 7))
