# Special attributes check what is assigned: a function's name, qualname and annotations
# take their type only, its globals and closure and a type's own getsets are read-only, a
# class's __dict__ is not writable; a bound method's __self__ and __func__ are read-only.
def f():
    pass


class C:
    def method(self):
        pass


for target, name, value in [
    (f, "__name__", 5), (f, "__qualname__", 5), (f, "__defaults__", 5),
    (f, "__annotations__", 5), (f, "__annotations__", None), (f, "__kwdefaults__", 5),
    (f, "__globals__", {}), (f, "__closure__", None), (f, "__code__", None), (f, "__dict__", 5),
    (f, "__doc__", "documented"), (f, "__module__", "elsewhere"), (f, "__name__", "renamed"),
    (C, "__mro__", ()), (C, "__dict__", {}), (C, "__base__", object), (C, "__flags__", 0),
    (C, "__basicsize__", 0), (C, "__doc__", "a class"),
    (C().method, "__self__", None), (C().method, "__func__", None),
]:
    try:
        setattr(target, name, value)
        print(name, "accepted")
    except (TypeError, AttributeError) as e:
        print(name, type(e).__name__, e)
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__annotations__)
print(C.__mro__, C.__doc__)

# functools.wraps of a class updates the wrapper's dict with the class's, `__dict__` and
# `__weakref__` entries included (no setattr, which would refuse them).
import functools


def singleton(cls):
    instances = {}

    @functools.wraps(cls)
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]

    return get


@singleton
class Config:
    """The one configuration."""

    def __init__(self, name="default"):
        self.name = name


print(Config.__name__, Config.__doc__, Config() is Config(), Config.__wrapped__.__name__)
print(sorted(k for k in Config.__dict__ if k in ("__dict__", "__weakref__", "__init__")))
