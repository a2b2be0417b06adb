# Unpacking, `[*x]`, `f(*x)` and `str.join` ask an object for its iterator once: an `__iter__`
# that prints, or hands out fresh state each time, shows it. An error raised by `__iter__`
# itself propagates; only a type that cannot be iterated at all gets the statement's message.
class Fresh:
    calls = 0

    def __iter__(self):
        Fresh.calls += 1
        print("iter", Fresh.calls)
        return iter(range(Fresh.calls * 10, Fresh.calls * 10 + 3))


a, *rest = Fresh()
print(a, rest)
x, y, z = Fresh()
print(x, y, z)
print([*Fresh()], (*Fresh(),))
print(*Fresh())
print("-".join(map(str, Fresh())))


class Letters(list):
    def __iter__(self):
        print("Letters.__iter__")
        return super().__iter__()


p, q = Letters("pq")
print(p, q, [*Letters("rs")])


class Broken:
    def __iter__(self):
        raise ValueError("no iterator today")


for attempt in ("a, b = Broken()", "[*Broken()]", "print(*Broken())"):
    try:
        if attempt.startswith("a"):
            a, b = Broken()
        elif attempt.startswith("["):
            [*Broken()]
        else:
            print(*Broken())
    except ValueError as e:
        print(attempt, "->", e)

for attempt in (lambda: [*5], lambda: print(*None), lambda: "".join(3)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
try:
    m, n = 7
except TypeError as e:
    print("TypeError:", e)
