# A plain object() has no __dict__: setattr, object.__setattr__ and __dict__ on it are
# AttributeErrors and vars() of it a TypeError, while instances of a class have one.
o = object()
for f in (lambda: setattr(o, "x", 1), lambda: o.__setattr__("x", 1), lambda: object.__setattr__(o, "y", 2)):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)


class A:
    pass


a = A()
object.__setattr__(a, "z", 3)
print(a.z)
try:
    object().__dict__
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(object(), "__dict__"), hasattr(A(), "__dict__"), vars(A()))
try:
    vars(object())
except TypeError as e:
    print("TypeError:", e)
