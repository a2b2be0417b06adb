# A metaclass's hooks serve its classes: __getattr__ for missing class attributes, __str__,
# operators (`|`), __len__, and __call__ counting instances; a __new__ that refuses
# subclassing a final class.
class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(name)
    def __str__(cls):
        return f"Lazy class {cls.__name__}"
    def __len__(cls):
        return 3
    def __or__(cls, other):
        return (cls.__name__, other.__name__)
class Api(metaclass=Lazy):
    known = 1
print(Api.get_users(), Api.known, str(Api), len(Api), Api | Api, f"{Api}")
try:
    Api.missing
except AttributeError as e:
    print("AttributeError:", e)
class Counted(type):
    count = 0
    def __call__(cls, *a, **k):
        Counted.count += 1
        return super().__call__(*a, **k)
class W(metaclass=Counted):
    def __init__(self, v):
        self.v = v
ws = [W(i) for i in range(3)]
print(Counted.count, ws[2].v)
class Final(type):
    def __new__(mcs, name, bases, ns):
        for b in bases:
            if isinstance(b, Final):
                raise TypeError(f"cannot subclass final class {b.__name__}")
        return super().__new__(mcs, name, bases, ns)
class Sealed(metaclass=Final): pass
try:
    class Sub(Sealed): pass
except TypeError as e:
    print("TypeError:", e)
