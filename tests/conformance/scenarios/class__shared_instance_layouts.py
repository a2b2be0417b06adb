# Instances of one class whose attributes come in the same order, in another order, only in
# part, or are deleted and set again: every instance sees only its own attributes, in the order
# it set them, and falls back to the class for the rest (the engine shares the attribute names
# of a class's instances; none of that may show).
import asyncio


class Point:
    label = "class label"

    def __init__(self, x, y=None, label=None):
        self.x = x
        if y is not None:
            self.y = y
        if label is not None:
            self.label = label


full = Point(1, 2, "full")
partial = Point(3)
no_y = Point(4, label="no y")
print(vars(full), vars(partial), vars(no_y))
print(partial.label, no_y.label, hasattr(partial, "y"), hasattr(no_y, "y"))
try:
    partial.y
except AttributeError as e:
    print("AttributeError:", e)

# Setting the rest later, in another order.
partial.label = "late"
partial.y = 30
print(vars(partial), partial.y, partial.label)

# Deleting moves nothing else; setting again puts the name last.
del full.x
print(vars(full))
full.x = 10
print(vars(full), list(full.__dict__))
try:
    del full.nope
except AttributeError as e:
    print("AttributeError:", e)

# A fresh instance after all that still starts from the common order.
again = Point(5, 6, "again")
print(vars(again))


# Many names set at run time.
class Bag:
    pass


bags = [Bag() for _ in range(3)]
for i, bag in enumerate(bags):
    for k in range(40):
        setattr(bag, f"k{(k * (i + 1)) % 40}", k)
print([len(vars(b)) for b in bags], list(vars(bags[1]))[:6], bags[2].k39)
print(sum(getattr(bags[0], f"k{k}") for k in range(40)))


# Writes and deletions through __dict__.
class Conn:
    def __init__(self):
        self.reader = "r"
        self.writer = "w"


a, b = Conn(), Conn()
a.__dict__["extra"] = 1
del b.__dict__["reader"]
b.__dict__.update(reader="r2", closed=False)
print(vars(a), vars(b), a.extra, b.reader)
c = Conn()
print(vars(c), getattr(c, "extra", "no extra"))


# Subclasses add their own names after the base's.
class Base:
    def __init__(self):
        self.one = 1


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.two = 2


print(vars(Base()), vars(Derived()), vars(Derived()))


# An exception's attributes, and instances made while tasks interleave.
class Failed(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


async def worker(i):
    p = Point(i)
    await asyncio.sleep(0)
    if i % 2:
        p.y = i * 10
    await asyncio.sleep(0)
    p.label = f"w{i}"
    if i == 3:
        raise Failed(i)
    return vars(p)


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(5)), return_exceptions=True)
    for r in results:
        print(r if isinstance(r, dict) else (type(r).__name__, r.code, vars(r)))


asyncio.run(main())
