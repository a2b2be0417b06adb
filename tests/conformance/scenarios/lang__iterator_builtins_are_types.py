# map, zip, filter, enumerate and reversed are classes, as in CPython: isinstance works,
# type(it) is the builtin, and calling them checks arguments as their constructors do.
import builtins

print(map, zip, filter, enumerate, reversed)
squares = map(lambda n: n * n, range(4))
print(type(squares) is map, isinstance(squares, map), isinstance(squares, zip))
print(isinstance(enumerate("ab"), enumerate), isinstance(filter(None, []), filter))
print(issubclass(map, object), map.__name__, map.__qualname__, map.__module__, type(map))
print(builtins.zip is zip, callable(enumerate))
print(list(squares), list(zip("ab", range(3))), list(enumerate("xy", start=5)))
print(list(enumerate(iterable="ab", start=1)), list(filter(str.isdigit, "a1b2")))
print(type(reversed([1])), isinstance(reversed([1]), reversed), type(reversed(range(3))))


def describe(it):
    match it:
        case map():
            return "a map"
        case zip():
            return "a zip"
        case _:
            return type(it).__name__


print(describe(map(str, [])), describe(zip()), describe(iter([])))
for make in (
    lambda: map(),
    lambda: map(str),
    lambda: zip(1),
    lambda: filter(),
    lambda: enumerate(),
    lambda: reversed(),
    lambda: reversed(5),
    lambda: enumerate([], 1, 2),
    lambda: zip(x=1),
    lambda: map(str, [1], x=1),
    lambda: enumerate([], begin=1),
):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
