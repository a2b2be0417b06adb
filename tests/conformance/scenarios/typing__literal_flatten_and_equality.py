# typing.Literal: nested Literals flatten, duplicates (by value and type) drop, equality and
# hashing ignore order.
from typing import Literal, get_args
print(Literal[1, Literal[2, 3]], Literal[1, Literal[2, 3]] == Literal[1, 2, 3])
print(Literal[1, Literal[2, 3], 1], Literal[1, 1, 2].__args__, Literal[True, 1].__args__)
print(Literal[1, Literal[2, 3]] == Literal[3, 2, 1], hash(Literal[1, 2]) == hash(Literal[2, 1]))
print(Literal["a"] == Literal["a"], Literal[1] == Literal[True], get_args(Literal["x", Literal["y"]]))
print(Literal[[1], [1]].__args__ if False else "unhashable skipped", {Literal[1, 2]: "ok"}[Literal[2, 1]])
