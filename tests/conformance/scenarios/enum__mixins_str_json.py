# A `class Status(str, Enum)` member is a str too: it equals its value and has str methods.
# IntEnum members are ints for json.dumps and arithmetic. Notice str() of a plain Enum
# member with its own __str__, the class repr, and an Enum default in a dataclass.
import json
from dataclasses import dataclass, field
from enum import Enum, IntEnum


class Status(str, Enum):
    OK = "ok"
    BAD = "bad"


print(Status.OK, repr(Status.OK), Status.OK == "ok", Status("bad"), f"{Status.OK}", Status.OK.upper())


class Color(Enum):
    RED = 1

    def __str__(self):
        return self.name.lower()


print(Color, str(Color), f"{Color}", Color.RED, list(Color.__members__.values()), type(Color).__name__)


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


print(json.dumps({"p": Priority.HIGH, "s": Status.BAD}), Priority.HIGH * 3, max(Priority), Priority.LOW.__class__)


@dataclass
class Ticket:
    color: Color = Color.RED
    tags: list[str] = field(default_factory=list)


print(Ticket(), Ticket(tags=["x"]) == Ticket(Color.RED, ["x"]))
