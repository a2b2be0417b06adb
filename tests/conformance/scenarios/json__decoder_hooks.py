# json.JSONDecoder with hooks, json.loads(cls=...), raw_decode (a value and where it ended),
# and json.JSONDecodeError's attributes (msg, doc, pos, lineno, colno). Notice raw_decode
# tolerates trailing text where decode says "Extra data", and that a JSONDecodeError made by
# hand computes its line and column the same way.
import json
from json import JSONDecoder, JSONDecodeError
d = JSONDecoder(object_hook=lambda d: sorted(d.items()), parse_float=str)
print(d.decode('{"b": 1.5, "a": [1, 2.0]}'))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=list))
print(JSONDecoder().raw_decode('[1, 2] tail'))
print(JSONDecoder().raw_decode('xx{"a": 1}', 2))


class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        print("init", sorted(kw))
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return ("obj", d)


print(json.loads('{"a": {"b": 2}}', cls=MyDecoder, parse_int=float))
for bad in ['', '[1,', '{"a" 1}', '[1] x', '"abc', '\n\n  [1, 2,]', 'nul']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
try:
    JSONDecoder().raw_decode("  1")
except JSONDecodeError as e:
    print("raw:", e)
e = JSONDecodeError("Boom", "ab\ncd", 4)
print(e, e.args, e.lineno, e.colno, isinstance(e, ValueError))
print(JSONDecodeError.__module__, JSONDecodeError.__mro__)
print(repr(e))
print(json.JSONDecoder, json.JSONEncoder, json.decoder.JSONDecoder is JSONDecoder)
d = JSONDecoder()
print(d.parse_float, d.parse_int, d.strict, d.object_hook)
print(JSONDecoder(strict=False).decode('"a\tb"'))
try:
    json.loads("1", cls=json.JSONDecoder, bogus=1)
except TypeError as e:
    print("TypeError:", e)
print(json.loads(b'{"a": [1, 2]}', cls=json.JSONDecoder))
try:
    json.loads('\ufeff[1]', cls=json.JSONDecoder)
except json.JSONDecodeError as e:
    print(e)
for bad in [b"[1]", 5]:
    try:
        json.JSONDecoder().decode(bad)
    except TypeError as e:
        print("TypeError:", e)
print(json.JSONDecoder(parse_constant=lambda c: c.lower()).decode("[NaN, -Infinity]"))
print(e.__reduce__() if isinstance(e, JSONDecodeError) else JSONDecodeError("m", "d", 0).__reduce__())
json.loads("[1, 2, oops]", cls=MyDecoder)
