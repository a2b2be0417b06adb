# Data nested a hundred thousand deep, as a runaway recursive builder makes it: comparing two
# such lists (==, <, in, max, sorted) is a RecursionError "in comparison", as in CPython, and
# the program goes on; json.dumps of it too ("while encoding a JSON object"); a deque
# nested as deep is built and freed without trouble.
from collections import deque

a = b = None
for _ in range(100_000):
    a, b = [a], [b]

checks = [
    ("==", lambda: a == b),
    ("!=", lambda: a != b),
    ("<", lambda: a < b),
    ("in", lambda: a in [b]),
    ("max", lambda: max(a, b)),
    ("sorted", lambda: sorted([a, b])),
    ("count", lambda: [b].count(a)),
    ("tuple ==", lambda: (a,) == (b,)),
    ("dict ==", lambda: {1: a} == {1: b}),
]
for what, check in checks:
    try:
        print(what, check())
    except RecursionError as e:
        print(what, "->", type(e).__name__, e)

shallow = [[[1, 2], [3]], [[4]]]
print(shallow == [[[1, 2], [3]], [[4]]], shallow < [[[1, 2], [4]]])

x = None
for _ in range(100_000):
    x = deque([x])
print("built", len(x))
del x
print("freed")

import json

for indent in (None, 2):
    try:
        json.dumps(a, indent=indent)
    except RecursionError as e:
        print("json indent", indent, "->", e)
try:
    json.dumps({"k": {"k": {}}})
    print("shallow json ok")
except RecursionError:
    print("unexpected")
