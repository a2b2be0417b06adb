# pickle.dumps asks each object for its reduction (__reduce__) once, and pickle.loads calls
# the reduction's callable: nothing is rebuilt while dumping. Many dates in one pickle come
# back as they went in, an exception is unpickled by calling its class with its args (so a
# custom __init__ with other parameters fails at loads, a well-known gotcha), and each
# loads builds new objects, shared references shared again.
import pickle
from datetime import date, datetime
from fractions import Fraction
from decimal import Decimal


class Point:
    def __init__(self, x, y):
        print("init", x, y)
        self.x, self.y = x, y

    def __reduce__(self):
        print("reduce", self.x, self.y)
        return (Point, (self.x + 1, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
data = pickle.dumps([p, p])
print("dumped")
a, b = pickle.loads(data)
print(a, a is b)
c, _ = pickle.loads(data)
print(c, c is a)

days = [date(2024, 1, d) for d in range(1, 11)]
print([d.day for d in pickle.loads(pickle.dumps(days))])
stamps = [datetime(2024, 5, d, 9, 30) for d in range(1, 16)]
print(pickle.loads(pickle.dumps(stamps)) == stamps)
mixed = [Fraction(1, n) for n in range(1, 12)] + [Decimal(n) / 7 for n in range(1, 12)]
print(pickle.loads(pickle.dumps(mixed)) == mixed)


class NotFound(Exception):
    def __init__(self, resource, id):
        print("init", resource, id)
        super().__init__(f"{resource} {id} not found")


try:
    pickle.loads(pickle.dumps(NotFound("user", 1)))
except TypeError as e:
    print("TypeError:", e)


class Tagged(ValueError):
    pass


err = Tagged("bad value", 42)
err.code = 7
back = pickle.loads(pickle.dumps(err))
print(type(back).__name__, back.args, back.code, back is err)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __reduce__(self):
        return (Node, (self.name,), {"children": self.children})


root = Node("root")
root.children.append(Node("leaf"))
root.children.append(root)
copy = pickle.loads(pickle.dumps(root))
print(copy.name, [n.name for n in copy.children], copy.children[1] is copy)
