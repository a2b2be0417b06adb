# `for` over an iterator class (its `__next__` written in Python) and over a callable
# iterator `iter(function, sentinel)`: the items, the end of the loop by StopIteration or by
# the sentinel (which spends the iterator for good), an error out of `__next__` with its
# traceback, `break`/`else`, nesting, and a sentinel compared with `==`.
import traceback


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print("tick", n)
else:
    print("liftoff")
it = Countdown(2)
print([n for n in it], list(it), next(it, "empty"))

for outer in Countdown(2):
    for inner in Countdown(outer):
        print(outer, inner)
        if inner == 1:
            break


class Faulty:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise KeyError("third item")
        return self.n


try:
    for x in Faulty():
        print("got", x)
except KeyError:
    traceback.print_exc()

lines = ["alpha", "beta", "", "never"]


def read_line():
    return lines.pop(0)


reader = iter(read_line, "")
for line in reader:
    print("line", line)
print(lines, next(reader, "spent"), list(reader))


class Stack:
    def __init__(self, items):
        self.items = list(items)

    def pop(self):
        if not self.items:
            raise StopIteration
        return self.items.pop()


for item in iter(Stack([1, 2, 3]).pop, 2):
    print("popped", item)
for item in iter(Stack([4, 5]).pop, None):
    print("until empty", item)


class Loose:
    def __eq__(self, other):
        print("compare", other)
        return other == 10


values = iter([8, 9, 10, 11])
for v in iter(lambda: next(values), Loose()):
    print("value", v)


def explode():
    raise ValueError("no more input")


try:
    for _ in iter(explode, None):
        pass
except ValueError:
    traceback.print_exc()
