# A loop's `else` block runs when the loop ends without `break` (handy for searches).
# `del` removes names, list items, slices and dict keys; deleting a name that does not
# exist is an error. Notice which searches print "not found".
def find(items, wanted):
    for i, item in enumerate(items):
        if item == wanted:
            print(f"  found {wanted!r} at {i}")
            break
    else:
        print(f"  {wanted!r} not found")


find(["a", "b"], "b")
find(["a", "b"], "z")
find([], "a")
n = 3
while n > 0:
    n -= 1
    if n == 10:
        break
else:
    print("while finished normally, n =", n)
for x in []:
    pass
else:
    print("empty loop still runs else")
values = list(range(10))
del values[0]
del values[-1]
del values[2:4]
del values[::2]
print(values)
info = {"a": 1, "b": 2, "c": 3}
del info["b"]
print(info, list(info))
temp = "gone soon"
del temp
try:
    print(temp)
except NameError as e:
    print("NameError:", e)
first, second = 1, 2
del first, second
print("first" in dir() if False else "both deleted")
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
try:
    del values[100]
except IndexError as e:
    print("IndexError:", e)
try:
    del info["zzz"]
except KeyError as e:
    print("KeyError:", e)
def local_del():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(local_del())
