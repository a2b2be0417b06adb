# What pickle carries by reference (classes, nested classes, methods, builtins, enum members:
# the same object comes back) and what it rebuilds (instances, bound methods, dataclasses,
# namedtuples, partials: equal or alike, never the same object).
import collections
import dataclasses
import enum
import functools
import pickle


class Outer:
    class Inner:
        pass

    def method(self):
        return "m"

    @staticmethod
    def static():
        return "s"


class Color(enum.Enum):
    RED = 1


@dataclasses.dataclass
class P:
    x: int
    y: list


Pt = collections.namedtuple("Pt", "a b")
for obj in [Outer.Inner, Outer.Inner(), Outer.method, Outer().method, Outer.static, Color.RED,
            P(1, [2]), Pt(1, 2), functools.partial(max, 1), {"a": {1, 2}}, Ellipsis,
            NotImplemented, type(None), print, None]:
    c = pickle.loads(pickle.dumps(obj))
    print(repr(c)[:60].split(" at 0x")[0], c == obj, c is obj)
print(pickle.loads(pickle.dumps(Outer().method))(), pickle.loads(pickle.dumps(Color.RED)).name)
