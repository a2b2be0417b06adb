# typing.Protocol with @runtime_checkable: isinstance checks that every member is there
# (methods set to None do not count), issubclass works for method-only protocols, and the
# errors CPython raises; TypedDict's total=False and its required/optional keys.
from typing import Protocol, TypedDict, runtime_checkable


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class Plain(Protocol):
    def run(self) -> None: ...


class File:
    def close(self):
        print("closed")


class Person:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi " + self.name


class NoClose:
    close = None


print(isinstance(File(), Closeable), isinstance(1, Closeable), isinstance(NoClose(), Closeable))
print(issubclass(File, Closeable), issubclass(int, Closeable), isinstance(Person("ada"), Named))
print(isinstance(File(), Named), type(Closeable).__name__)
for check in [lambda: isinstance(File(), Plain), lambda: issubclass(Person, Named),
              lambda: Closeable(), lambda: runtime_checkable(File)]:
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)


class Movie(TypedDict, total=False):
    title: str
    year: int


class Rated(Movie):
    stars: int


m: Movie = {"title": "Up"}
print(m, Movie.__total__, sorted(Movie.__optional_keys__), sorted(Movie.__required_keys__))
print(sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__), Rated.__total__)
Point = TypedDict("Point", {"x": int, "y": int}, total=False)
print(Point(x=1), Point.__total__, sorted(Point.__annotations__))
