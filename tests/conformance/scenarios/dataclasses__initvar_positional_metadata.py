# An InitVar is an ordinary __init__ parameter (positional unless after KW_ONLY or in a
# kw_only dataclass) handed to __post_init__; a ClassVar cannot be kw_only. A field's
# metadata is a read-only mappingproxy, and Field's repr names its kind (_FIELD...).
from dataclasses import KW_ONLY, InitVar, dataclass, field, fields
from typing import ClassVar


@dataclass
class Reading:
    value: float = field(metadata={"unit": "m"})
    scale: InitVar[int] = 1
    limit: ClassVar[int] = 10

    def __post_init__(self, scale):
        self.scaled = self.value * scale


@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: InitVar[int] = 3

    def __post_init__(self, retries):
        print("job", self.name, "retries", retries)


print(Reading(2.5, 4).scaled, Reading(1.0).scaled)
Job("a", retries=5)
for make in (lambda: Job("b", 1), lambda: Reading(1, 2, 3)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
value = fields(Reading)[0]
print(value.metadata, value.metadata["unit"], type(value.metadata).__name__)
try:
    value.metadata["unit"] = "km"
except TypeError as e:
    print("TypeError:", e)
print(Reading.__dataclass_fields__["scale"])
print(Reading.__dataclass_fields__["limit"]._field_type, value._field_type)
try:

    @dataclass
    class Bad:
        x: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print("TypeError:", e)
