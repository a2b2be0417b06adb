# A dict or set lookup stops at the identical key without calling __eq__; keys with the same
# hash met before it in the probe are compared (the stored key's __eq__, the looked-up key on
# the right).
class K:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 1

    def __eq__(self, other):
        print(f"  eq({self.name}, {other.name})")
        return self.name == other.name

    def __repr__(self):
        return f"K({self.name})"


a, b, c = K("a"), K("b"), K("c")
d = {a: 1}
print("insert b")
d[b] = 2
print("insert c")
d[c] = 3
for key in (a, b, c):
    print("lookup", key.name)
    print(" ", d[key])
print("lookup a copy")
print(" ", d[K("a")])
print("pop b")
print(" ", d.pop(b))
print("get c")
print(" ", d.get(c))
s = {a, b}
print("set add c")
s.add(c)
for key in (a, b, c):
    print("in", key.name)
    print(" ", key in s)
print("discard b")
s.discard(b)
print(sorted(s, key=lambda k: k.name), sorted(d.values()))
