# A metaclass's __prepare__ may return a dict subclass: every assignment in the class body
# goes through its __setitem__ (here refusing a name defined twice, and logging the order).
class NoDuplicates(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} is already defined")
        print("define", key)
        super().__setitem__(key, value)


class Strict(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NoDuplicates()

    def __new__(mcs, name, bases, namespace):
        print("namespace type:", type(namespace).__name__)
        return super().__new__(mcs, name, bases, dict(namespace))


class Fine(metaclass=Strict):
    x = 1

    def method(self):
        return self.x


print(Fine().method(), type(Fine).__name__)
try:
    class Broken(metaclass=Strict):
        def f(self):
            return 1

        def f(self):
            return 2
except TypeError as e:
    print("TypeError:", e)
