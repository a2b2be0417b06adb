# json.loads can hand objects to hooks (object_hook, object_pairs_hook) and parse numbers
# and constants your way; json.dump writes to any object with a write() method. Errors in
# multi-line documents report the line and column. Notice where each error points.
import json
import sys

doc = '{"price": 1.10, "qty": 3, "tags": ["a", "b"], "ratio": NaN}'
print(json.loads(doc, parse_float=str, parse_int=lambda s: int(s) * 10, parse_constant=lambda c: c.lower()))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list), json.loads('{"x": {"y": 1}}', object_hook=len))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\/"'), json.loads(' [1e3, -0, 0.5E-1, 10e+2] '), json.loads("-12345678901234567890"))
json.dump({"status": "ok", "items": [1, 2]}, sys.stdout, indent=2, sort_keys=True)
print()
print(json.dumps({"z": [True, None], "a": {"nested": (1.0, -2)}}, separators=(",", "="), sort_keys=True))
print(json.dumps("tab\there\x7f\x1f"), json.dumps(["é"], ensure_ascii=False), json.dumps({1: 2, 1.5: 3, False: 0}))
print(json.dumps([[], {}, [[]]], indent=1), json.dumps({"a": [1]}, indent=""), json.dumps([1, 2], separators=(" | ", ":")))
print(json.dumps({"skip": 1, (1, 2): 2}, skipkeys=True), json.dumps(10**30), json.dumps(-0.0), json.dumps(1e-7))
bad_docs = ['{\n  "a": 1,\n  "b": \n}', '[1,\n 2\n 3]', '{"a": "line\nbreak"}', '"open', '{"a": 1} {"b": 2}',
            '\ufeff{}', '[-]', '{"\\uZZZZ": 1}', '01', '[1, 2,]', '{"a"', 'nul', '  ', '[1.]', '{1: 2}']
for text in bad_docs:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(f"{e.msg} | line {e.lineno} col {e.colno} pos {e.pos}")
for bad in (lambda: json.loads(5), lambda: json.dumps({b"k": 1}),
            lambda: json.dumps([float("inf")], allow_nan=False), lambda: json.dumps(object(), default=repr)[:10],
            lambda: json.loads(b'\xff')):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
