# json.dumps turns dicts, lists, strings, numbers, True/False/None into JSON text. indent
# pretty-prints, sort_keys orders keys, separators changes the punctuation, ensure_ascii
# escapes non-ASCII. Notice how tuples, int keys and floats come out, and the errors.
import json

data = {"name": "Zoë", "tags": ("a", "b"), "ok": True, "none": None, 3: 1.5, "n": 10**20}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False, sort_keys=False))
print(json.dumps({"b": [1, {"c": []}], "a": {}}, indent=2, sort_keys=True))
print(json.dumps([1, [2, 3]], indent="\t"))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps([1, 2], indent=0))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(1e100), json.dumps(0.1 + 0.2))
print(json.dumps("quote\" backslash\\ newline\n tab\t \u0001"), json.dumps("é€😀"))
print(json.dumps({True: 1, None: 2, 2.5: 3}), json.dumps({"s": {1, 2}}, default=sorted))
for bad in ({1, 2}, {(1, 2): "tuple key"}, object):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
