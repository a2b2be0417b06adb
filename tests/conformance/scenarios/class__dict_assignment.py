# Assigning an instance's __dict__: the dict given becomes the instance's own, so later writes
# to it are attributes (the AttrDict idiom), and attributes set afterwards appear in it.
# xfail: assigning to an instance's `__dict__` is not supported yet
class Record:
    def __init__(self, **fields):
        self.__dict__ = fields


r = Record(a=1, b=2)
print(r.a, r.b, vars(r))
r.c = 3
print(vars(r))


class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__ = self


d = AttrDict(x=1)
d["y"] = 2
d.z = 3
print(d.x, d.y, sorted(d.items()))

shared = {"k": "v"}
first, second = Record(), Record()
first.__dict__ = shared
second.__dict__ = shared
first.k = "changed"
print(second.k, shared)
try:
    first.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
