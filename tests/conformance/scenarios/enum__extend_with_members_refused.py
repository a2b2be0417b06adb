# An enum with members cannot be subclassed (with or without new members, or as a mixin
# after another base); an enum that only defines methods can be. The TypeError names both
# classes as CPython does: "<enum 'E'> cannot extend <enum 'Status'>".
from enum import Enum


class Status(Enum):
    ACTIVE = 1


class Describable(Enum):
    def describe(self):
        return f"{type(self).__name__}.{self.name} = {self.value}"


class Color(Describable):
    RED = 1


print(list(Color), Color.RED.describe())
try:

    class Empty(Status):
        pass
except TypeError as e:
    print("TypeError:", e)
try:

    class More(Status):
        INACTIVE = 2
except TypeError as e:
    print("TypeError:", e)
try:

    class Mixed(int, Status):
        pass
except TypeError as e:
    print("TypeError:", e)
