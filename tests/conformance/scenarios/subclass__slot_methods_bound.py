# The built-in type's special methods, read from an instance of a subclass: `d.__getitem__`
# is a bound method that still asks the subclass's __missing__; `len`-style slots answer for
# the value the instance carries. classmethod() wraps any callable, a class included: the
# class it is read through is passed first (collections.abc does this with GenericAlias).
class Defaults(dict):
    def __missing__(self, key):
        return key * 2


d = Defaults(a=1)
lookup = d.__getitem__
print(lookup("a"), lookup("b"), Defaults.__getitem__(d, "c"), dict.__getitem__(d, "a"))
print(d.__len__(), d.__contains__("a"), d.__contains__("b"))
print(dict.__getitem__(d, "z"), "z" in d)


class Stack(list):
    pass


s = Stack([3, 4])
print(s.__getitem__(0), s.__getitem__(slice(None, None, -1)), s.__len__(), s.__contains__(4))


class Name(str):
    pass


n = Name("loop")
print(n.__getitem__(1), n.__len__(), n.__contains__("oo"))
print(list(map(Defaults(x=0).__getitem__, ["x", "y"])))


class Pair:
    def __init__(self, owner, args):
        self.owner, self.args = owner, args

    def __repr__(self):
        return f"Pair({self.owner.__name__}, {self.args!r})"


class Box:
    __class_getitem__ = classmethod(Pair)
    make = classmethod(Pair)


class SubBox(Box):
    pass


print(Box[int], SubBox[str, bytes], Box.make(1), SubBox().make("via instance"))
print(Box.make.__self__ is Box, Box.make.__func__ is Pair)

from collections.abc import AsyncIterator, Awaitable, Callable

print(AsyncIterator[int], Awaitable[str], type(Awaitable[str]).__name__)
print(Callable[[int], str])
