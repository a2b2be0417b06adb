# Descriptor lookup edges: a data descriptor with __set__ but no __get__ lets the instance dict
# answer (and is itself what the class gives back), object.__init__ through a class needs its
# self, and a property's getter and setter see their caller's frame.
import sys


class OnlySet:
    def __set__(self, obj, value):
        obj.__dict__["level"] = value * 2


class Gauge:
    level = OnlySet()


g = Gauge()
print(type(g.level).__name__)
g.level = 5
print(g.level, type(Gauge.level).__name__, Gauge.__dict__["level"] is Gauge.level)


class Plain:
    pass


for call in (lambda: Plain.__init__(), lambda: Plain.__init__(Plain()), lambda: object.__init__()):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


class Tracked:
    @property
    def who(self):
        return sys._getframe(1).f_code.co_name

    @who.setter
    def who(self, value):
        print("set by", sys._getframe(1).f_code.co_name, value)


def inspector():
    t = Tracked()
    t.who = 1
    return t.who


print(inspector())
