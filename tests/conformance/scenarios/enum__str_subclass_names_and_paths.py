# StrEnum members as keyword names, attribute names and paths; IntEnum members as numbers.
import os
import pathlib
import time
from enum import IntEnum, StrEnum


class Field(StrEnum):
    NAME = "name"
    SIZE = "size"


class Dir(StrEnum):
    DATA = "data"


class Status(IntEnum):
    OK = 200
    SLOW = 2


def describe(name, size=0):
    return f"{name}:{size}"


def collect(**fields):
    return fields


print(describe(**{Field.NAME: "report", Field.SIZE: 3}), collect(**{Field.NAME: 1}))
try:
    describe(**{Field.SIZE: 1, "name": "x", Field.NAME: "y"})
except TypeError as e:
    print("TypeError:", e)


class Record:
    name = "r1"


print(getattr(Record, Field.NAME), hasattr(Record, Field.SIZE))
setattr(Record, Field.SIZE, 10)
print(Record.size, vars(Record).get("size"))
os.makedirs(Dir.DATA, exist_ok=True)
with open(os.path.join(Dir.DATA, "a.txt"), "w") as f:
    f.write("x")
print(os.path.join(Dir.DATA, "a.txt"), os.path.exists(Dir.DATA), os.fspath(Dir.DATA) is Dir.DATA)
print(pathlib.Path(Dir.DATA) / "a.txt", os.listdir(Dir.DATA), os.path.basename(Dir.DATA))
print(Status.OK in range(100, 300), Status.SLOW in range(0, 10, 2), 2.0 in range(3))
start = time.monotonic()
time.sleep(Status.SLOW)
print(time.monotonic() - start)
