# Deleting from a dict leaves the others in order; a key put back goes last. Iterators see
# CPython's dict walk: a size change is an error (every time it is asked again), a delete
# plus an insert keeps the size and the walk meets the new key, one more key than expected
# is "keys changed". Deleting the front half of a big dict is fast (it was O(n) per delete).
import operator

d = {k: k * k for k in range(8)}
del d[2]
d.pop(5)
print(d)
d[2] = "back"
print(list(d), d.popitem(), list(d))

big = {i: i for i in range(60000)}
for i in range(30000):
    del big[i]
print(len(big), next(iter(big)), list(big)[-1])

cache = {}
for i in range(5000):
    cache[i] = str(i)
    if len(cache) > 100:
        del cache[next(iter(cache))]
print(len(cache), list(cache)[:3])

d = {i: i for i in range(4)}
it = iter(d)
print(next(it))
del d[1]
d[9] = 9
print(operator.length_hint(it), list(it))

d = {i: i for i in range(3)}
it = iter(d.items())
d[7] = 7
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(operator.length_hint(it))

d = {i: i for i in range(3)}
it = iter(d.values())
next(it)
del d[0]
d[10] = 10
d2 = d
del d2[2]
d2[11] = 11
try:
    print(list(it))
except RuntimeError as e:
    print("RuntimeError:", e)

od = dict.fromkeys("abcdef")
for k in "ace":
    del od[k]
print(list(reversed(od)), list(reversed(od.items())))
print(od == dict.fromkeys("bdf"), {**od, "a": 1})
