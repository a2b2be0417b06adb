# json.JSONEncoder subclasses: `default()` overrides used by dumps(cls=...), extra keyword
# arguments reaching the subclass, encode() and iterencode(). Notice iterencode's chunks:
# CPython's pure-Python encoder yields separators and brackets as chunks of their own, and
# dump(cls=...) writes each chunk with its own fp.write call.
import json
from json import JSONEncoder, JSONDecoder, JSONDecodeError
import json.decoder


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


print(json.dumps([Point(1, 2), {"p": Point(3, 4)}], cls=PointEncoder))
print(json.dumps({"b": Point(0, 0)}, cls=PointEncoder, indent=2, sort_keys=True))
try:
    json.dumps({1, 2}, cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)
enc = JSONEncoder()
print(enc.encode({"a": [1, 2.5, None, True]}), enc.encode("é"))
print(list(enc.iterencode({"a": [1, [2, {}], {"k": []}], "b": "x"})))
print(list(JSONEncoder(indent=2).iterencode([1, {"a": [2, 3]}, []])))
print(list(JSONEncoder(separators=(",", ":")).iterencode({"a": (1, 2)})))
print(enc.item_separator, enc.key_separator, JSONEncoder(indent=0).item_separator)
try:
    JSONEncoder(allow_nan=False).encode([float("nan")])
except ValueError as e:
    print("ValueError:", e)
try:
    list(JSONEncoder(allow_nan=False).iterencode([float("inf")]))
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps([float("-inf")], allow_nan=False, indent=1)
except ValueError as e:
    print("ValueError:", e)
a = []
a.append(a)
try:
    list(enc.iterencode(a))
except ValueError as e:
    print("ValueError:", e)
try:
    JSONEncoder(skipkeys=False).encode({(1,): 2})
except TypeError as e:
    print("TypeError:", e)
print(JSONEncoder(skipkeys=True).encode({(1,): 2, 3: 4}))
print(JSONEncoder(default=repr).encode([Point]))


class W:
    def write(self, s):
        print("write", repr(s))


class Tagged(json.JSONEncoder):
    def __init__(self, *, tag="?", **kw):
        super().__init__(**kw)
        self.tag = tag

    def default(self, o):
        return f"{self.tag}:{o!r}"


json.dump({"a": [1, 2], "b": Point}, W(), cls=Tagged, tag="T")
json.dump([[1], {"z": None}], W(), cls=Tagged, indent=1)
print(json.dumps([b"x"], cls=Tagged, tag="bytes"))
try:
    json.dumps(1, cls=json.JSONEncoder, bogus=1)
except TypeError as e:
    print("TypeError:", e)
print(json.encoder.JSONEncoder is JSONEncoder, JSONEncoder)
