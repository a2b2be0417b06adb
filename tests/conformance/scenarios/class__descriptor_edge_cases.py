# Corner cases of attribute lookup: a property whose getter raises AttributeError falls back
# to __getattr__; a slotted class can still have properties; an instance attribute shadows a
# classmethod or staticmethod (non-data descriptors) but not a property; a staticmethod
# used inside the class body. Notice which lookup wins on each line.
class Lenient:
    @property
    def value(self):
        raise AttributeError("no value yet")

    def __getattr__(self, name):
        return f"fallback for {name}"


print(Lenient().value, Lenient().other)


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    @norm2.setter
    def norm2(self, value):
        raise AttributeError("norm2 is derived")


v = Vec(3, 4)
print(v.norm2)
try:
    v.norm2 = 1
except AttributeError as e:
    print("AttributeError:", e)


class Tool:
    @staticmethod
    def _double(x):
        return 2 * x

    FOUR = _double(2)

    @classmethod
    def make(cls):
        return cls()

    @property
    def kind(self):
        return "tool"


t = Tool()
t.make = "shadowed classmethod"
t._double = "shadowed staticmethod"
print(Tool.FOUR, t.make, t._double, Tool.make().kind)
try:
    t.kind = "other"
except AttributeError as e:
    print("AttributeError:", e)
print(type(t).make is not None, Tool.__dict__["kind"].fget(t))


class Counted:
    instances = 0

    def __init__(self):
        type(self).instances += 1
        self.__class__.instances += 0

    @classmethod
    def reset(cls):
        cls.instances = 0
        return cls


Counted()
Counted()
print(Counted.instances, Counted.reset().instances, Counted().reset.__self__ is Counted)
