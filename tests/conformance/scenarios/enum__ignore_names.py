# `_ignore_` names what an enum's body uses that is not a member: a loop variable, a helper
# value, even the namespace itself (the enum docs' `Period` example builds members through
# `vars()`). Neither the names nor `_ignore_` stay on the class; naming a member already
# made is a ValueError.
import asyncio
from enum import Enum, IntEnum


class Mood(Enum):
    _ignore_ = ["scratch"]
    HAPPY = 3
    scratch = 5
    SAD = scratch - 1


class Period(IntEnum):
    _ignore_ = "Period i"
    Period = vars()
    for i in range(3):
        Period[f"day_{i}"] = i


async def main():
    await asyncio.sleep(0)
    print(list(Mood), hasattr(Mood, "scratch"), hasattr(Mood, "_ignore_"))
    print(list(Period), Period.day_2 + 1, hasattr(Period, "i"))
    try:
        class Late(Enum):
            A = 1
            _ignore_ = ["A"]
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
