# The match statement: literal, capture, wildcard, sequence (with a star), mapping (with
# **rest), class patterns (positional via __match_args__, keywords, built-in types matching
# themselves), or-patterns, `as`, guards, and dotted names as values.
from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def describe(value):
    match value:
        case None:
            return "nothing"
        case True | False as flag:
            return f"bool {flag}"
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as number:
            return f"number {number}"
        case "quit" | "exit":
            return "bye"
        case str(text):
            return f"text {text!r}"
        case Color.RED:
            return "red!"
        case Color():
            return f"another color {value.name}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y) | Point(y, 0):
            return f"on an axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {value}"
        case Circle(Point(x=cx), r) if r > 10:
            return f"big circle at x={cx}"
        case Circle(center=c, radius=r):
            return f"circle {c} {r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [first, *middle, last]:
            return f"{first}..{last} with {middle}"
        case {"type": "move", "to": [x, y]}:
            return f"move to {x},{y}"
        case {"type": kind, **rest}:
            return f"event {kind} {rest}"
        case {}:
            return "some mapping"
        case _:
            return f"unknown {type(value).__name__}"


for v in [None, True, 1, -5, 7, 2.5, "quit", "hello", Color.RED, Color.GREEN, Point(0, 0),
          Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 5), Circle(Point(1, 2), 20),
          Circle(Point(1, 2), 3), [], ["a"], (1, 2, 3, 4), range(2), "ab",
          {"type": "move", "to": [3, 4]}, {"type": "key", "code": 13}, {"other": 1}, {1, 2}]:
    print(describe(v))
