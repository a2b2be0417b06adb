# auto() inside a member's tuple value counts with the other auto() values; the module's
# member-less bases answer the member attributes; members named like Enum's properties.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class Planet(Enum):
    MERCURY = auto(), "hot"
    VENUS = auto(), "cloudy"
    EARTH = 10, "home"
    MARS = auto(), auto()

    def __init__(self, number, note):
        self.number = number
        self.note = note


print([m.value for m in Planet])
print(Planet.VENUS.number, Planet.EARTH.note, Planet.MARS.note)
print(repr(auto()))

for base in (Enum, IntEnum, StrEnum, Flag, IntFlag):
    print(base.__name__, base._member_type_, base._member_names_, base._member_map_)


class Field(Enum):
    name = 1
    value = 2
    size = 3


print(Field(1).name, Field(2).value, Field.name, Field.value, Field.size.name)
print(repr(Field.name), Field["value"], Field(1) is Field.name, list(Field))
print(Field.name.value, Field.value.name)
