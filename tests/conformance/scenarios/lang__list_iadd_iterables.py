# list += any iterable extends the list in place (a tuple, a generator, a str, a dict's keys,
# a range), unless the right operand's __radd__ answers first; tuple += list is an error.
a = [1]
a += (2, 3)
a += (x * 10 for x in range(2))
a += "ab"
a += {"k": 1}
b = a
b += range(2)
print(a, a is b)
try:
    a += 5
except TypeError as e:
    print(e)
class R:
    def __radd__(self, other):
        return "radd"
    def __iter__(self):
        return iter([7])
c = [0]
c += R()
print(c, [0] + [1])
try:
    print([0] + (1,))
except TypeError as e:
    print(e)
t = (1,)
try:
    t += [2]
except TypeError as e:
    print(e)
