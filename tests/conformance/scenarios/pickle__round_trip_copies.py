# pickle.loads(pickle.dumps(x)) is a copy (what a process pool hands a worker): equal, not
# the same object; shared references stay shared and cycles survive; instances keep their
# class and attributes, exceptions their arguments.
import collections
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


shared = [1, 2]
data = {"a": shared, "b": shared, "t": (1, "two", 3.0, None, True), "s": {1, 2}, "f": frozenset("ab"),
        "p": Point(1, 2), "n": 10 ** 30, "by": b"xy", "ba": bytearray(b"z")}
copy = pickle.loads(pickle.dumps(data))
print(copy == {k: v for k, v in data.items() if k != "p"} | {"p": copy["p"]})
print(copy is data, copy["a"] is copy["b"], copy["a"] is shared)
print(copy["p"], type(copy["p"]) is Point, copy["p"] is data["p"])
loop = []
loop.append(loop)
again = pickle.loads(pickle.dumps(loop))
print(again[0] is again, again is loop)
err = pickle.loads(pickle.dumps(ValueError("bad", 3)))
print(repr(err), err.args)
dd = pickle.loads(pickle.dumps(collections.defaultdict(list, {"k": [1]})))
print(dd, dd["new"])
print(pickle.loads(pickle.dumps(Point)) is Point, pickle.loads(pickle.dumps(len)) is len)
copy["a"].append(3)
print(shared, copy["a"])
