# collections.UserDict, UserList and UserString subclassed: overridden __setitem__ and
# __missing__, the dict-merge operators, slicing and arithmetic that keep the subclass, copies,
# comparisons, the abc registrations, str methods that return the subclass, and errors.
from collections import UserDict, UserList, UserString
import collections, collections.abc, copy

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __missing__(self, key):
        return f"<no {key}>"

d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, len(d), d["a"], d["zz"], "b" in d, d.get("c"), d.get("q", 0), list(d.items()), d.pop("a"), d)
print(d | {"x": 9}, {"y": 8} | d, type(d | {}).__name__, d == {"b": 2, "c": 3}, UserDict.fromkeys("ab", 0))
d |= {"Z": 26}
print(d, d.copy(), type(d.copy()).__name__, copy.copy(d), isinstance(d, collections.abc.MutableMapping))
print(repr(UserDict), UserDict.__module__, d.setdefault("k", 5), d.popitem(), sorted(d.keys()))
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError", e)

class Stack(UserList):
    def push(self, x):
        self.append(x)

s = Stack([3, 1, 2])
s.push(5)
print(s, s[1:], type(s[1:]).__name__, s + [9], [0] + s, s * 2, len(s), 5 in s, s.index(2), s.count(1))
s.sort(); s.reverse(); s.extend(Stack([7])); s += (8,); s.insert(0, -1)
print(s, s.pop(), s.pop(0), s, s == [5, 3, 2, 1, 7], s < [6], s.copy(), type(s.copy()).__name__)
del s[0]; s[0] = 100; s.remove(1); s *= 2
print(s, isinstance(s, collections.abc.MutableSequence), UserList(), UserList(range(3)))
try:
    hash(s)
except TypeError as e:
    print("TypeError", e)
u = UserString("Hello, World")
print(u, repr(u), u.upper(), type(u.upper()).__name__, u[0], u[::-1], u + "!", "<" + u, u * 2, len(u))
print(u.split(", "), u.find("World"), "World" in u, u == "Hello, World", u < "Z", u.replace("l", "L"), u.center(20, "*"))
print(u.startswith("He"), u.lower().islower(), hash(u) == hash("Hello, World"), int(UserString("42")), UserString(3.5))
print(UserString("%s=%d") % ("x", 1), u.encode(), u.zfill(15), u.partition(","), UserString(u))
from collections import *
print(UserDict is collections.UserDict)
