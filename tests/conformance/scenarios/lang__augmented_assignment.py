# Augmented assignment (`+=` and friends) changes a mutable object in place but rebinds
# an immutable one. Notice that `+=` on a list is seen through every alias, while on a
# tuple or string it makes a new object; targets like `d[k()]` are evaluated only once.
items = [1]
alias = items
items += [2, 3]
print(items, alias, items is alias)
items = items + [4]
print(items, alias, items is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
s = "ab"
s += "cd"
s *= 2
print(s)
n = 10
n -= 3
n *= 4
n //= 5
n **= 2
n %= 7
n <<= 3
n |= 1
print(n)
calls = []
def key(k):
    calls.append(k)
    return k
d = {"a": 1}
d[key("a")] += 10
grid = [[0, 0], [0, 0]]
grid[key(1)][key(0)] += 5
print(d, grid, calls)
class Box:
    def __init__(self):
        self.count = 0
b = Box()
b.count += 2
b.count *= 3
print(b.count)
lst = [1, 2]
lst *= 2
print(lst)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError:", e)
try:
    undefined_counter = undefined_counter + 1
except NameError as e:
    print("NameError:", e)
