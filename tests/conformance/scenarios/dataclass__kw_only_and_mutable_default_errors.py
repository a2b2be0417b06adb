# dataclass argument errors as CPython's call machinery words them when keyword-only fields
# are given too, and the mutable defaults dataclasses refuses (any type whose __hash__ is None).
from dataclasses import KW_ONLY, dataclass, field


@dataclass
class Point:
    x: int
    label: str = field(kw_only=True, default="")


@dataclass
class Window:
    width: int = 80
    _: KW_ONLY
    height: int = 24
    title: str = ""


calls = [
    lambda: Point(1, 2, label="a"),
    lambda: Point(1, 2),
    lambda: Window(1, 2, height=3, title="t"),
    lambda: Window(1, 2, 3, title="t"),
    lambda: Point(),
    lambda: Window(1, depth=3),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

for default in (bytearray(), [], {}, set()):
    try:

        @dataclass
        class Holder:
            data: object = default

    except ValueError as e:
        print("ValueError:", e)

print(bytearray.__hash__ is None, slice.__hash__ is None, list.__hash__ is None, bytes.__hash__ is None)


@dataclass
class Fine:
    data: bytes = b""
    frozen: frozenset = frozenset()


print(Fine())
