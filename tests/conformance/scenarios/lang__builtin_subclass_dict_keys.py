# Instances of subclasses of str, int and tuple are dict keys and set members that compare
# and hash as their value: a namedtuple finds the equal tuple, a str-mixin Enum member the
# plain string, an IntEnum member the int. A breadth-first search over a grid of NamedTuple
# positions relies on it. A subclass that overrides __eq__ and __hash__ keeps its own rules.
from collections import Counter, deque, namedtuple
from enum import Enum, IntEnum
from typing import NamedTuple

P = namedtuple("P", "x y")


class Color(str, Enum):
    RED = "red"
    BLUE = "blue"


class Code(IntEnum):
    OK = 200
    MISSING = 404


class Tag(str):
    pass


print({P(1, 2): "a"}.get(P(1, 2)), P(1, 2) in {(1, 2)}, {(1, 2): "t"}[P(1, 2)])
print(Counter([P(0, 0), P(0, 0), (0, 0)]))
print({"red": 1}.get(Color.RED), "red" in {Color.RED}, {Color.BLUE: 2}["blue"])
print({200: "fine"}[Code.OK], Code.MISSING in {404}, {Code.OK: 1}.get(200))
print({Tag("x"): 1}.get("x"), ", ".join([Color.RED, Tag("y"), "z"]))
print(sorted({Color.RED, "red", "blue"}, key=str), len({Code.OK, 200, 200.0}))


class Pos(NamedTuple):
    row: int
    col: int


GRID = ["..#.", "..#.", "....", "#..."]


def shortest(start, goal):
    seen = {start: 0}
    todo = deque([start])
    while todo:
        here = todo.popleft()
        if here == goal:
            return seen[here], len(seen)
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nxt = Pos(here.row + dr, here.col + dc)
            if 0 <= nxt.row < 4 and 0 <= nxt.col < 4 and GRID[nxt.row][nxt.col] == "." and nxt not in seen:
                seen[nxt] = seen[here] + 1
                todo.append(nxt)
    return None, len(seen)


print(shortest(Pos(0, 0), Pos(0, 3)))


class Loose(str):
    def __eq__(self, other):
        return str.lower(self) == str.lower(other)

    def __hash__(self):
        return hash(str.lower(self))


print({Loose("ABC"): 1}.get(Loose("abc")), {"abc": 2}.get(Loose("ABC")))
