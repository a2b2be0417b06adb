# Calling a function with the wrong arguments raises TypeError before its body runs, and
# the message says exactly what was wrong. Each call below fails in a different way.
def f(a, b, c=3):
    return a + b + c


def g(x, *, key, flag=False):
    return x, key, flag


def h(p, /, q):
    return p, q


def none():
    return "none"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def move(self, dx):
        return self.x + dx


attempts = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=5),
    lambda: f(1, a=2, b=3),
    lambda: f(1, 2, c=3, **{"c": 4}),
    lambda: g(1),
    lambda: g(1, 2),
    lambda: g(1, 2, key=3),
    lambda: h(p=1, q=2),
    lambda: h(1),
    lambda: none(1),
    lambda: none(x=1),
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, 2).move(),
    lambda: Point(1, 2).move(1, 2),
    lambda: f(*[1]),
    lambda: f(**{"a": 1, "b": 2, "z": 0}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: (lambda x: x)(),
    lambda: len(),
    lambda: len([], []),
    lambda: abs(1, 2),
    lambda: isinstance(1),
    lambda: print(sepp=""),
    lambda: "abc".upper(1),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: int(1, 2, 3),
    lambda: attempts[0](),
    lambda: (attempts, 1)[1](),
]
for attempt in attempts:
    try:
        attempt()
        print("no error?")
    except TypeError as e:
        print("TypeError:", e)
