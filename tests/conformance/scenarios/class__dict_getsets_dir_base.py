# A class's __dict__ in CPython's order: the body's names, the slots (sorted), the __dict__ and
# __weakref__ descriptors the class adds for its instances, then the implicit __doc__ and
# __hash__. dir() of a class and of its instances lists those two; dir(object) does not.
# __base__ is the base that gives the layout. Errors name the class by its qualified name.
import asyncio
import dataclasses


class Plain:
    """A plain class."""
    kind = "plain"

    def method(self):
        return self.kind


class Child(Plain):
    extra = 1


class Undocumented:
    pass


class Slotted:
    __slots__ = ("zeta", "alpha")

    def __eq__(self, other):
        return True


class SlottedWithDict:
    __slots__ = ("a", "__dict__")


class WeakOnly:
    __slots__ = ("__weakref__",)


class Error(Exception):
    pass


class Mapping(dict):
    pass


class Meta(type):
    pass


class Numbers(int):
    pass


class Both(Plain, Mapping):
    pass


@dataclasses.dataclass
class Point:
    x: int = 0
    y: int = 0


async def main():
    for cls in (Plain, Child, Undocumented, Slotted, SlottedWithDict, WeakOnly, Error,
                Mapping, Meta, Numbers, Point):
        print(cls.__name__, list(cls.__dict__))
    print(Plain.__dict__["__dict__"], Plain.__dict__["__weakref__"])
    print(type(Plain.__dict__["__dict__"]).__name__, Plain.__dict__["__dict__"].__name__)
    p = Plain()
    p.note = "hi"
    print(Plain.__dict__["__dict__"].__get__(p))
    print(Slotted.__dict__["alpha"])
    print(dir(object))
    print(sorted(set(dir(Plain)) - set(dir(object))))
    print(sorted(set(dir(p)) - set(dir(object))))
    print(sorted(set(dir(Child())) - set(dir(object))))
    print(Plain.__base__, Child.__base__, object.__base__, Error.__base__, Both.__base__,
          bool.__base__, Meta.__base__)
    for attempt in (lambda: object(1), lambda: object(flag=True), lambda: Plain(1)):
        try:
            attempt()
        except TypeError as e:
            print("TypeError:", e)
    try:
        class Flagged(flag=True):
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
