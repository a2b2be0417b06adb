# random's counts are indexes (a float k or n is a TypeError and draws nothing), __contains__ = None
# blocks 'in', and a dict view's mapping is a read-only proxy of its dict.
import random

random.seed(7)
for f in (lambda: random.choices('abc', k=2.5), lambda: random.randbytes(2.0), lambda: random.getrandbits(1.5),
          lambda: random.choices('abc', k='2'), lambda: random.getrandbits(-1), lambda: random.choices('abc', k=-1),
          lambda: random.choices('abc', [1, 2, 3], k=2.0), lambda: random.randbytes(-1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(random.random(), random.choices('abcd', k=3), random.randbytes(3), random.getrandbits(12))


class NoIn:
    __contains__ = None

    def __iter__(self):
        return iter([1])


try:
    1 in NoIn()
except TypeError as e:
    print(e)
try:
    2 not in NoIn()
except TypeError as e:
    print(e)

d = {"a": 1, "b": 2}
for view in (d.keys(), d.values(), d.items()):
    m = view.mapping
    print(type(m).__name__, m, m["a"], len(m))
    try:
        m["c"] = 3
    except TypeError as e:
        print("TypeError", e)
d["z"] = 26
print(d.keys().mapping, d.items().mapping == d)
