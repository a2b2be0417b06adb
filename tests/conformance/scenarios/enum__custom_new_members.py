# An enum that defines __new__ builds each member from its value's tuple: the pattern
# http.HTTPStatus uses (`OK = 200, "OK"`) to give members extra attributes. __new__ sets
# _value_; calling the class still looks a member up by that value. __init__ works too.
from enum import Enum, IntEnum


class Status(IntEnum):
    def __new__(cls, value, phrase, retry=False):
        member = int.__new__(cls, value)
        member._value_ = value
        member.phrase = phrase
        member.retry = retry
        return member

    OK = 200, "OK"
    NOT_FOUND = 404, "Not Found"
    UNAVAILABLE = 503, "Service Unavailable", True


class Color(str, Enum):
    def __new__(cls, value, hexcode):
        member = str.__new__(cls, value)
        member._value_ = value
        member.hex = hexcode
        return member

    RED = "red", "#f00"
    GREEN = "green", "#0f0"


class Unset(Enum):
    def __new__(cls, label):
        member = object.__new__(cls)
        member.label = label  # no _value_ set: the value is the argument
        return member

    A = "first"


print(Status.OK, repr(Status.NOT_FOUND), Status(503).phrase, Status.UNAVAILABLE.retry)
print(Status.OK + 1, Status.NOT_FOUND == 404, [s.phrase for s in Status])
print(Color.RED, Color("green").hex, Color.RED.upper(), list(Color))
print(repr(Unset.A), Unset.A.value, Unset.A.label)
try:
    Status(418)
except ValueError as e:
    print("ValueError:", e)
