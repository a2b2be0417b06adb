# format() with a spec on an instance of a list, tuple or dict subclass that defines no
# __format__ of its own is object.__format__'s error, naming the subclass; an empty spec is
# str() of the object, and a subclass of int, float or str formats as its value.
import collections

P = collections.namedtuple("P", "x y")


class L(list):
    pass


class Celsius(float):
    pass


class Tag(str):
    pass


for o in [P(1, 2), L([1]), collections.Counter("aab"), {"a": 1}]:
    print(format(o, ""), end=" | ")
    try:
        format(o, ">5")
    except TypeError as e:
        print(e)
print(format(Celsius(21.456), ".1f"), f"{Tag('x'):*^5}", f"{P(3, 4)!r:>20}")
