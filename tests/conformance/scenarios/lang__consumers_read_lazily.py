# Built-ins that consume an iterable read it as CPython does: unpacking reads one item past
# its targets, min/max compare each item as it comes, set tests stop once the answer is
# known, and extend/update/fromkeys keep what they stored before an error.
import collections
import itertools


def numbers(n, label="y"):
    for i in range(n):
        print(label, i)
        yield i


try:
    a, b = numbers(5)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = itertools.count()
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = numbers(2)
except ValueError as e:
    print("ValueError:", e)
first, *rest = numbers(3)
print(first, rest)

print(max(numbers(3), key=lambda x: (print("key", x), -x)[1]))
try:
    max(itertools.chain([1, "x"], itertools.count()))
except TypeError as e:
    print("TypeError:", e)
for call in (lambda: max(x=1), lambda: max([1], x=1), lambda: max(1, 2, default=0), lambda: min([])):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(min([], default=0), max(3, 1, 2), min("bca"), max([(1, "a"), (1, "b")]))

print({1, 2}.intersection(itertools.count()))
print({1}.issuperset(numbers(5, "sup")))
print({2}.issubset(numbers(3, "sub")))
print({3}.isdisjoint(numbers(5, "dis")))
try:
    {1}.isdisjoint([[1]])
except TypeError as e:
    print("TypeError:", e)


def grow_watch(target):
    yield 1
    print("sees", len(target))
    yield 2
    raise ValueError("mid-way")


for target in ([], collections.deque(), {}):
    try:
        if isinstance(target, dict):
            target.update((k, k) for k in grow_watch(target))
        else:
            target.extend(grow_watch(target))
    except ValueError as e:
        print(type(target).__name__, target, e)
items = [0]
try:
    items += grow_watch(items)
except ValueError:
    print(items)


def keys():
    yield "a"
    yield ["unhashable"]
    print("not reached")
    yield "b"


try:
    dict.fromkeys(keys())
except TypeError as e:
    print("TypeError:", e)
