# Small rules of calls and operators: ** keys must be strings, dict |= takes any iterable of
# pairs, sum() refuses a bytes start, heapq.merge is a generator named merge.
def f(**kw): return kw
for fn in (dict, f):
    try:
        print(fn(**{1: 2}))
    except TypeError as e:
        print(e)
class S(str): pass
print(f(**{S("k"): 1}))
a = {"a": 1}
a |= [("w", 0)]
a |= {"z": 2}.items()
print(a)
try:
    a |= 5
except TypeError as e:
    print(e)
try:
    a |= [1]
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
for start in (b"", bytearray()):
    try: print(sum([b"a", b"b"], start))
    except TypeError as e: print(e)
import heapq
m = heapq.merge([1, 3], [2])
print(repr(m).split(" at ")[0], list(m))
