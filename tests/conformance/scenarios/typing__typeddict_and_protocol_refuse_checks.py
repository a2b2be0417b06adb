# isinstance() and issubclass() with a TypedDict raise TypeError, even for a TypedDict
# that extends it; a Protocol that is not @runtime_checkable refuses both checks even
# for a class that names it as a base. A runtime-checkable one answers by members, and
# one with data members refuses only issubclass().
import asyncio
from typing import Protocol, TypedDict, is_typeddict, runtime_checkable


class Movie(TypedDict, total=False):
    title: str


class Sequel(Movie):
    year: int


class Closer(Protocol):
    def close(self): ...


class Conn(Closer):
    def close(self):
        return "closed"


@runtime_checkable
class HasClose(Protocol):
    def close(self): ...


@runtime_checkable
class HasPort(Protocol):
    port: int


async def main():
    print(is_typeddict(Movie), is_typeddict(Sequel), is_typeddict(dict), is_typeddict(TypedDict))
    checks = {
        "isinstance({}, Movie)": lambda: isinstance({}, Movie),
        "issubclass(Sequel, Movie)": lambda: issubclass(Sequel, Movie),
        "isinstance(Conn(), Closer)": lambda: isinstance(Conn(), Closer),
        "issubclass(Conn, Closer)": lambda: issubclass(Conn, Closer),
        "isinstance(Conn(), HasClose)": lambda: isinstance(Conn(), HasClose),
        "issubclass(int, HasClose)": lambda: issubclass(int, HasClose),
        "issubclass(Conn, HasPort)": lambda: issubclass(Conn, HasPort),
        "isinstance(Conn(), HasPort)": lambda: isinstance(Conn(), HasPort),
    }
    for text, check in checks.items():
        await asyncio.sleep(0)
        try:
            print(text, "->", check())
        except TypeError as e:
            print(text, "-> TypeError:", e)


asyncio.run(main())
