# Everyday methods on str, list and dict. Dicts remember insertion order.
# Notice which methods change the object in place and which return a new one.
s = "  Async IO, in Python  "
print(repr(s.strip()), s.lower().split(","), s.strip().replace("Python", "3.11"))
print("a-b-c".split("-"), "-".join(["x", "y", "z"]), "abc".upper(), "Hello".startswith("He"))
print("banana".count("a"), "banana".find("n"), "banana".find("z"), "ab".center(6, "."))
print("42".zfill(5), "Title case words".title(), "x,y,,z".split(","), "  pad".lstrip())
print("line1\nline2".splitlines(), "abc".isalpha(), "123".isdigit(), "a b".partition(" "))
items = [5, 3, 8]
items.append(1)
items.extend([9, 2])
items.insert(0, 7)
print(items)
last = items.pop()
first = items.pop(0)
print("popped", last, "and", first, "->", items)
items.remove(8)
items.sort()
print(items, items.index(5), items.count(3), items[::-1])
items.reverse()
print(items, len(items), 3 in items, 4 not in items)
d = {"b": 2, "a": 1}
d["c"] = 3
d.update({"a": 10, "d": 4})
print(d, list(d.keys()), list(d.values()), list(d.items())[:2])
print(d.get("z"), d.get("z", 0), d.pop("b"), d.setdefault("e", 5), d)
for key, value in d.items():
    print(key, "->", value, end="; ")
print()
