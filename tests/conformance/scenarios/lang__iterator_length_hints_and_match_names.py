# Built-in iterators over sequences, ranges, dicts and sets answer __length_hint__ (map, zip,
# filter, enumerate do not); a class pattern's errors name a C type with its module.
import operator
from collections import deque
from datetime import date

its = [iter([1, 2, 3]), iter((1,)), iter("abc"), iter(range(5)), iter({1: 2}), iter({1, 2}),
       reversed([1, 2]), iter(b"xy"), iter(bytearray(b"z")), iter({1: 2}.items())]
for it in its:
    print(type(it).__name__, it.__length_hint__(), operator.length_hint(it))
lst = iter([1, 2, 3])
next(lst)
print(lst.__length_hint__())
list(lst)
print(lst.__length_hint__())
for it in (map(str, [1]), zip([1], [2]), filter(None, [1]), enumerate([1])):
    print(type(it).__name__, hasattr(it, "__length_hint__"), operator.length_hint(it, -1))

for subject, pattern in ((deque([1]), "deque"), (date(2020, 1, 2), "date")):
    try:
        match subject:
            case deque(x) if pattern == "deque":
                print("matched", x)
            case date(y, m, d, e):
                print("matched", y, m, d, e)
    except TypeError as e:
        print("TypeError:", e)


class Odd:
    __match_args__ = ["a"]


try:
    match Odd():
        case Odd(1):
            pass
except TypeError as e:
    print("TypeError:", e)
