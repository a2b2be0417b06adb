# A method read from a built-in type (list.append, dict.get) is a plain function whose
# first argument is the object to work on; called with no arguments at all, CPython says
# the unbound method needs one.
methods = [list.append, list.pop, list.sort, dict.get, dict.keys, str.join, str.upper, range.count]
for method in methods:
    try:
        method()
    except TypeError as e:
        print("TypeError:", e)
print(list.append.__qualname__, dict.get({"k": 1}, "k"))
try:
    list.append([], 1, 2)
except TypeError as e:
    print("TypeError:", e)
