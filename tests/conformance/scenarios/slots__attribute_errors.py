# __slots__ fixes the attributes an instance may have: there is no __dict__, assigning an
# unknown name is an AttributeError, and a declared slot that was never set is one too.
# Notice the messages, and that a subclass without __slots__ gets a __dict__ again.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = Point(1)
print(p.x, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(type(Point.x).__name__)


class Labelled(Point):
    pass


q = Labelled(5)
q.label = "free"
print(q.label, q.__dict__)
p.colour = "red"
