# json.dump writes as it encodes (CPython's Python encoder): a value it cannot encode leaves
# what came before it in the file, and its messages are the Python encoder's.
import io
import json


class Recorder(io.StringIO):
    pass


for value in ({"a": 1, "s": {1, 2}}, [1, [2, object()]], {"k": [1, 2, 3]}, {1: float("nan"), "x": b"b"}):
    for indent in (None, 2):
        buf = io.StringIO()
        try:
            json.dump(value, buf, indent=indent)
        except (TypeError, ValueError) as e:
            print("error:", type(e).__name__, str(e).replace(hex(id(value)), "ADDR")[:60])
        print(repr(buf.getvalue()))

circular = []
circular.append(circular)
buf = io.StringIO()
try:
    json.dump({"c": circular}, buf)
except ValueError as e:
    print(e)
print(repr(buf.getvalue()))
buf = io.StringIO()
try:
    json.dump({"nan": float("nan")}, buf, allow_nan=False)
except ValueError as e:
    print(e)
print(repr(buf.getvalue()))
