# random.sample(..., counts=...): each element repeated its count of times (a sample of
# range(total) mapped back by bisection, so the picks match CPython's), and its errors.
import random
random.seed(1)
print(random.sample(['a', 'b'], k=3, counts=[2, 1]))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.sample(range(3), 2, counts=[0, 5, 1]))
for bad in ([1], [1.5, 2], [0, 0], "ab"):
    try:
        random.sample(['x', 'y'], 1, counts=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    random.sample(['x'], 1, [1])
except TypeError as e:
    print("TypeError", e)
print(random.sample(population=[1, 2, 3], k=2))
