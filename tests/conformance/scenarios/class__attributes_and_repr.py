# Class attributes are shared by all instances until an instance assigns its own; methods
# looked up on the class are plain functions. Without __repr__/__str__, objects print as
# <__main__.Name object at 0x...>; with only __repr__, str() uses it too.
class Counter:
    instances = 0
    tags = []

    def __init__(self, label):
        Counter.instances += 1
        self.label = label

    def tag(self, t):
        self.tags.append(t)
        return self


class Plain:
    pass


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "just str"


a, b = Counter("a"), Counter("b")
a.tag("x")
b.tag("y")
print(Counter.instances, a.instances, a.tags is b.tags, Counter.tags)
a.instances = 100
print(a.instances, b.instances, Counter.instances, "instances" in a.__dict__, a.__dict__)
del a.instances
print(a.instances, hasattr(a, "label"), getattr(b, "missing", "default"))
setattr(b, "extra", 1)
print(b.extra, Counter.tag, type(Counter.tag).__name__, Counter.tag(b, "z").tags)
p = Plain()
p.dynamic = "added later"
print(p.dynamic, str(p)[:17], repr(p)[:17], type(p).__name__, Plain.__name__, Plain.__qualname__)
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()}", f"{OnlyRepr()!s}")
print(OnlyStr(), [OnlyStr()][0].__str__(), f"{OnlyStr()}", str([OnlyStr()])[:20])
print(Counter.__module__, Counter.__doc__, Counter("c").label, Counter.instances)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
