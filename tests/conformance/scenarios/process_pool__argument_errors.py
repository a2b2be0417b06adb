# ProcessPoolExecutor's checks before any process starts: max_workers must be positive,
# the initializer callable, map's chunksize at least 1; after shutdown no new work.
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


for kwargs in [{"max_workers": 0}, {"max_workers": -1}, {"initializer": 3},
               {"max_tasks_per_child": 0}, {"max_tasks_per_child": "x"}]:
    try:
        ProcessPoolExecutor(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, "-", e)
ex = ProcessPoolExecutor(2)
try:
    ex.map(square, [1, 2], chunksize=0)
except ValueError as e:
    print("ValueError -", e)
ex.shutdown()
try:
    ex.submit(square, 3)
except RuntimeError as e:
    print("RuntimeError -", e)
with ProcessPoolExecutor(3) as ex:
    print(ex._max_workers)
print("done")
