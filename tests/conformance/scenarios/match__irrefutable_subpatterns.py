# Sub-patterns may match anything (the pattern around them still tests), and so may the
# last alternative of an OR pattern, a guarded case, and the last case.
from dataclasses import dataclass


@dataclass
class Move:
    dx: int
    dy: int


def describe(subject):
    match subject:
        case [x, _, *_] if x == 0:
            return f"list starting with zero, then {subject[1:]}"
        case [_, _] | (1 | _, 2, 3):
            return f"pair or triple: {subject}"
        case {"kind": k, **rest} if not rest:
            return f"mapping of kind {k}"
        case Move(dx=0, dy=_) | Move(dx=_, dy=0) as m:
            return f"straight move {m}"
        case Move(_, _):
            return "diagonal move"
        case (1 | 2) as small if small > 1:
            return "two"
        case _:
            return f"something else: {subject!r}"


for item in [[0, 5, 6], [1, 2], (9, 2, 3), {"kind": "x", "v": 1}, Move(0, 4), Move(3, 0),
             Move(1, 1), 2, 1, "text"]:
    print(describe(item))
