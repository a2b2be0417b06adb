# Details of built-in types a program can observe: object's and int's methods are one object
# however they are reached (the "does this class override __repr__?" test), a dict
# subclass's __missing__ answers super().__getitem__, type(None)() is None, and __slots__
# may not ask for a __dict__ or __weakref__ that a base already gives.
import asyncio


class Plain:
    pass


class Custom:
    def __repr__(self):
        return "Custom()"


class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}?>"


class Logged(Defaulting):
    def __getitem__(self, key):
        print("lookup", key)
        return super().__getitem__(key)


def try_class(label, make):
    try:
        make()
        print(label, "accepted")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def slots_dict():
    class Child(Plain):
        __slots__ = ("x", "__dict__")


def slots_weakref():
    class Child(Plain):
        __slots__ = ("__weakref__",)


def slots_dict_twice():
    class Child:
        __slots__ = ("__dict__", "__dict__")


def slots_own():
    class Child:
        __slots__ = ("x", "__dict__", "__weakref__")
    return Child


async def main():
    await asyncio.sleep(0)
    print(Plain.__repr__ is object.__repr__, Custom.__repr__ is object.__repr__)
    print(Plain.__eq__ is object.__eq__, Plain.__hash__ is object.__hash__)
    print(int.__add__ is int.__add__, float.__add__ is float.__add__, str.upper is str.upper)
    print([k for k in ("__repr__", "__eq__") if getattr(Custom, k) is not getattr(object, k)])
    print(Logged(a=1)["a"], Logged()["zz"], super(Logged, Logged()).__getitem__("q"))
    print(Defaulting()["x"], dict.__getitem__(Defaulting(), "y"))
    for tp in (type(None), type(...), type(NotImplemented)):
        print(tp.__name__, repr(tp()))
        try:
            tp(1)
        except TypeError as e:
            print(" ", e)
    try_class("dict slot over a dict", slots_dict)
    try_class("weakref slot over a weakref", slots_weakref)
    try_class("dict slot twice", slots_dict_twice)
    try_class("own dict and weakref slots", slots_own)
    obj = slots_own()()
    obj.extra = 1
    print(sorted(obj.__dict__), type(obj).__weakref__.__name__)


asyncio.run(main())
