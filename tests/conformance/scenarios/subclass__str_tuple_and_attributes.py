# Subclasses of str and tuple are immutable: their value comes from the call's arguments
# even when the class has its own __init__, which can add attributes. String methods return
# plain strs, comparisons and hashing use the value. Notice the reprs and types.
class Tag(str):
    def __init__(self, text):
        self.length = len(text)

    def shout(self):
        return self.upper() + "!"


t = Tag("hello")
print(t, repr(t), t.length, t.shout(), type(t.upper()).__name__, t == "hello")
print(t + " world", len(t), t[1:3], "ell" in t, f"[{t:>7}]", t.startswith("he"))
print(isinstance(t, str), type(t).__name__, sorted([Tag("b"), Tag("a")]))


class Point(tuple):
    def __new_args(self):
        return tuple(self)

    @property
    def x(self):
        return self[0]


p = Point((3, 4))
print(p, p.x, len(p), list(p), p == (3, 4), p + (5,), type(p + (5,)).__name__)
a, b = p
print(a, b, max(p), p.count(3), p.index(4))


class Stack(list):
    def __init__(self, *items):
        super().__init__(items)
        self.pushes = 0

    def push(self, item):
        self.pushes += 1
        self.append(item)

    def __repr__(self):
        return f"Stack({list.__repr__(self)}, pushes={self.pushes})"


s = Stack(1, 2)
s.push(3)
print(s, len(s), s[-1], s.pop(), bool(Stack()), sorted(s, reverse=True))
print([x * 10 for x in s], s == [1, 2], str(s))


class Registry(dict):
    def __setitem__(self, key, value):
        print(f"  register {key!r}")
        super().__setitem__(key.lower(), value.lower())

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


r = Registry()
r["A"] = "Alpha"
r.update(b="Beta")
print(r, r["a"], list(r.items()), len(r))
try:
    r["missing"]
except KeyError as e:
    print("KeyError:", e)


class Level(int):
    names = {1: "low", 2: "high"}

    def __str__(self):
        return self.names.get(int(self), "?")


lv = Level(2)
print(lv, repr(lv), lv + 1, lv > 1, -lv, int(lv), float(lv), bool(Level(0)), lv == 2)
print(f"{lv}", f"{lv:03d}", [Level(1), 5][Level(0)], hash(lv) == hash(2))
