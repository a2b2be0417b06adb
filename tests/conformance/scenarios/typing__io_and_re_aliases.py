# typing's file stand-ins (IO, TextIO, BinaryIO) and the re aliases (Pattern, Match) in
# annotations, their reprs and get_type_hints; a name typing lacks is CPython's error.
from typing import IO, TextIO, BinaryIO, Pattern, Match, get_type_hints
import typing, re, io
print(IO, TextIO, BinaryIO, IO[str], IO[bytes], TextIO.__mro__)
print(Pattern, Match, Pattern[str], Match[bytes], typing.Pattern is Pattern)
def dump(f: TextIO, data: IO[bytes], p: Pattern[str]) -> None: ...
print(get_type_hints(dump))
print(isinstance(io.StringIO(), TextIO), issubclass(TextIO, IO))
print(IO.__parameters__, TextIO.__parameters__)
try:
    TextIO()
except TypeError as e:
    print(e)
class MyIO(TextIO):
    pass
print(MyIO.__orig_bases__ if hasattr(MyIO, "__orig_bases__") else None)
print(typing.Pattern, typing.Match[str])
try:
    from typing import NoSuchThing
except ImportError as e:
    print(e)
try:
    typing.NoSuchThing
except AttributeError as e:
    print(e)
