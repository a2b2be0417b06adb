# The docstrings of built-in functions and types, as programs print them and as
# functools.wraps copies them; a program's own classes and functions keep theirs (or None).
import functools

print(len.__doc__)
print(print.__doc__.splitlines()[0])
print(abs.__doc__, "|", sorted.__doc__.splitlines()[0])
print(int.__doc__.splitlines()[:2])
print((42).__doc__ == int.__doc__, "text".__doc__ == str.__doc__, [].__doc__.splitlines()[0])
print(dict.__doc__.splitlines()[0], "|", range.__doc__.splitlines()[0])
print(ValueError.__doc__, "|", KeyError("k").__doc__, "|", StopIteration.__doc__)
print(repr(object.__doc__))


class Plain:
    pass


class Documented(int):
    "An int with a docstring."


def helper():
    """Does a little.

    Returns nothing."""


print(Plain.__doc__, Plain().__doc__, Documented.__doc__, Documented(3).__doc__)
print(helper.__doc__.splitlines()[0], repr((lambda: 0).__doc__))


@functools.wraps(len)
def counted(obj):
    return len(obj)


print(counted.__name__, counted.__doc__)


def tally():
    pass


tally.counter = 0
tally.counter += 1
try:
    tally.countr
except AttributeError as e:
    print("AttributeError:", e, "| suggestion:", e.name, e.obj is tally)
tally.countr
