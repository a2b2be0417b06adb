# Dicts keep insertion order. get() and setdefault() handle missing keys, pop() takes a
# default, views (keys/values/items) are live. Notice that updating an existing key keeps
# its position, while deleting and re-adding moves it to the end.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), len(d), "a" in d, 2 in d, 20 in d.values())
del d["b"]
d["b"] = 200
print(d)
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.setdefault("a", 99), d.setdefault("n", []), d)
d["n"].append(1)
print(d.pop("n"), d.pop("zz", "default"), d)
keys = d.keys()
items = d.items()
d["new"] = 0
print(keys, items, d.values(), list(items)[-1], len(keys))
print(d.popitem(), d.popitem(), d)
d.update({"x": 1, "a": -1}, y=2)
d.update([("z", 26), ("x", 24)])
print(d, d.copy() == d, d.copy() is d)
print(dict(a=1, b=2), dict([(1, "one"), (2, "two")]), dict(zip("abc", range(3))), dict({"k": 1}, k=2))
print(dict.fromkeys(["p", "q"]), dict.fromkeys("xy", 0), {k: k * 2 for k in range(3)})
print({**{"a": 1}, "b": 2, **{"a": 3}}, {"a": 1} | {"b": 2}, {(1, 2): "tuple key", 3.0: "float"})
e = {}
e[1] = "int"
e[1.0] = "float"
e[True] = "bool"
print(e, {1: "a", 2: "b"} == {2: "b", 1: "a"}, list({"z": 1, "a": 2}.items()))
for k, v in sorted({"pear": 3, "apple": 7, "fig": 1}.items(), key=lambda kv: kv[1]):
    print(k, v, end=" | ")
print()
e.clear()
print(e, bool(e))
try:
    print({}["missing"])
except KeyError as err:
    print("KeyError:", err, repr(err))
try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)
try:
    {}.pop((1, 2))
except KeyError as err:
    print("KeyError:", err)
try:
    {[1]: 2}
except TypeError as err:
    print("TypeError:", err)
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    dict([(1, 2, 3)])
except ValueError as err:
    print("ValueError:", err)
