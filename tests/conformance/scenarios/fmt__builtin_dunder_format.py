# The built-in types' own __format__ methods called explicitly: str.__format__ is what a
# plain Enum's format() uses (f"{Color.RED:>12}"), and super().__format__(spec) is how a
# str or int subclass customises its f-string output. Wrong receivers and non-str specs
# raise CPython's TypeErrors; unbound built-in methods show as method descriptors.
from enum import Enum


class Color(Enum):
    RED = 1


class Tag(str):
    def __format__(self, spec):
        return "<" + super().__format__(spec) + ">"


class Cents(int):
    def __format__(self, spec):
        return "$" + int.__format__(self, spec)


print(f"[{Color.RED:>12}] [{Color.RED:-<10}] [{Color.RED}]")
print(f"{Tag('x'):>3} {Cents(1234):,} {Cents(5):04}")
print(str.__format__("ab", "^6") + "|", int.__format__(255, "#o"), float.__format__(2.5, ".2f"))
print(int.__format__(True, ""), int.__format__(True, "d"), (7).__format__("03"))
for call in (
    lambda: int.__format__("x", ""),
    lambda: float.__format__(True, ""),
    lambda: int.__format__(5, 3),
    lambda: int.__format__(5),
    lambda: str.__format__("s", spec=""),
    lambda: float.__format__(1.0, "x"),
):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(int.__format__, str.__format__, object.__format__)
print(str.upper, list.append, dict.get, set.add, tuple.index, ValueError.with_traceback)
