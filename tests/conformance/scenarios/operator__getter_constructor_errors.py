# itemgetter and attrgetter take only positional arguments: a keyword gives the C
# functions' "takes no keyword arguments" (checked before the missing-argument error),
# while methodcaller passes keywords on to the method it calls.
import operator

rows = [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}, {"name": "cy", "age": 31}]
print([r["name"] for r in sorted(rows, key=operator.itemgetter("age", "name"))])
print(operator.methodcaller("split", sep=",", maxsplit=1)("a,b,c"))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(operator.attrgetter("y", "x")(Point(1, 2)))

attempts = [
    ("itemgetter keyword", lambda: operator.itemgetter(0, default=None)),
    ("itemgetter only keyword", lambda: operator.itemgetter(key="age")),
    ("itemgetter nothing", lambda: operator.itemgetter()),
    ("attrgetter keyword", lambda: operator.attrgetter("x", default=0)),
    ("attrgetter only keyword", lambda: operator.attrgetter(name="x")),
    ("attrgetter not str", lambda: operator.attrgetter("x", 3)),
    ("methodcaller keyword only", lambda: operator.methodcaller(name="upper")),
    ("methodcaller not str", lambda: operator.methodcaller(3, key=1)),
]
for label, attempt in attempts:
    try:
        print(label, "->", attempt())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
