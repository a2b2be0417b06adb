# __new__ makes the instance before __init__ sets it up: here a singleton that returns the
# same object every time, an int subclass that normalises its value, and a __new__ that
# returns something else (then __init__ is skipped). Notice how often __init__ runs.
class Config:
    _instance = None

    def __new__(cls, *args):
        print(f"  __new__{args}")
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, name):
        print(f"  __init__({name!r})")
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, a.name, type(Config.__dict__["__new__"]).__name__)


class Percent(int):
    def __new__(cls, value):
        return super().__new__(cls, max(0, min(100, value)))

    def __repr__(self):
        return f"{int(self)}%"


print(Percent(150), Percent(-3), Percent(42) + 1, isinstance(Percent(5), int))


class Factory:
    def __new__(cls, kind):
        if kind == "list":
            return [kind]
        return super().__new__(cls)

    def __init__(self, kind):
        print("  Factory.__init__", kind)


print(Factory("list"), type(Factory("obj")).__name__)
try:
    object.__new__(Config, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
