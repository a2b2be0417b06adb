# The in-place operator methods of list and dict change the subclass instance they are given
# and return it (not a plain list or dict), whether called unbound, bound, or through super().
class Stack(list):
    def __iadd__(self, other):
        print("Stack.__iadd__", other)
        return super().__iadd__(other)

    def __imul__(self, n):
        return super().__imul__(n)

s = Stack([1])
s += [2, 3]
print(type(s).__name__, s)
s *= 2
print(type(s).__name__, s)
r = list.__iadd__(s, (9,))
print(type(r).__name__, r is s, s)
r = list.__imul__(s, 0)
print(type(r).__name__, r is s, s)

class Config(dict):
    pass

c = Config(a=1)
r = dict.__ior__(c, {"b": 2})
print(type(r).__name__, r is c, c)
c |= [("c", 3)]
print(type(c).__name__, c)
print(type(c.__ior__({"d": 4})).__name__, c)
try:
    list.__iadd__(s, 5)
except TypeError as e:
    print("TypeError:", e)
