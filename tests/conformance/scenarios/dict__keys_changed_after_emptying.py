# Deleting a dict's only key and adding another while iterating keeps the size, yet CPython
# notices: the new key goes after the deleted one's place, where the iterator meets it.
x = {0: None}
try:
    for i in x:
        del x[i]
        x[i + 1] = None
        print("saw", i)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x)

# Deleting the last key, then re-adding it (the same size too).
d = {"a": 1, "b": 2}
try:
    for k in d:
        print("visit", k)
        if k == "a":
            del d["b"]
            d["b"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)

# Emptying then refilling outside any loop keeps insertion order.
e = {1: "one"}
del e[1]
e[2] = "two"
e[1] = "one again"
print(list(e), len(e))
