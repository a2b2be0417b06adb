# dict.fromkeys is a classmethod: a subclass gets an instance of itself, filled through its
# own __setitem__; defaultdict and OrderedDict keep their type; called on an instance it uses
# the instance's class.
from collections import OrderedDict, defaultdict


class Registry(dict):
    def __setitem__(self, key, value):
        print("register", key)
        super().__setitem__(key, value)


r = Registry.fromkeys(["alpha", "beta"], 0)
print(type(r).__name__, r)
print(type(Registry().fromkeys("xy")).__name__)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), []))
print(OrderedDict.fromkeys("ba", 1))
d = defaultdict.fromkeys(["k"], 5)
print(type(d).__name__, d)
print({}.fromkeys([1, 2], "v"))
try:
    dict.fromkeys()
except TypeError as e:
    print("TypeError:", e)
try:
    dict.fromkeys(5)
except TypeError as e:
    print("TypeError:", e)
