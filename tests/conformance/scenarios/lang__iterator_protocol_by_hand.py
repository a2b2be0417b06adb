# The iterator protocol by hand: `iter(x)` calls `x.__iter__()`, `next(it)` calls
# `it.__next__()`, and a finished iterator raises StopIteration. Built-in objects answer the
# same dunders as their types (`nums.__len__()` is `len(nums)`), and a generator's or a
# coroutine's return value travels in the StopIteration that ends it.
nums = [10, 20, 30]
it = nums.__iter__()
print(type(it).__name__, it.__iter__() is it, iter(it) is it)
print(it.__next__(), next(it), it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("exhausted:", repr(e), e.value)

print(nums.__len__(), "abc".__len__(), {"a": 1}.__len__(), (1, 2).__len__())
print((5).__add__(3), (2.5).__add__(1), "ab".__add__("cd"), [1].__add__([2]))
print({"k": "v"}.__getitem__("k"), nums.__getitem__(-1), nums.__contains__(20))
print(hasattr(5, "__len__"), hasattr(nums, "__len__"), hasattr(nums, "__next__"))
print(hasattr(it, "__next__"), hasattr(5, "__iter__"))
try:
    it.__next__(1)
except TypeError as e:
    print("TypeError:", e)

squares = (n * n for n in range(3))
print(squares.__iter__() is squares, squares.__next__(), next(squares), squares.__next__())
print(next(squares, "done"))


def countdown(n):
    while n:
        yield n
        n -= 1
    return "liftoff"


gen = countdown(2)
print(gen.__next__(), gen.__next__())
try:
    gen.__next__()
except StopIteration as e:
    print("generator returned", e.value)

zipped = zip("ab", [1, 2])
print(zipped.__next__(), list(zipped))
pairs = enumerate("xy")
print(pairs.__next__(), pairs.__next__(), next(pairs, None))


async def add(a, b):
    return a + b


steps = add(1, 2).__await__()
print(type(steps).__name__, iter(steps) is steps)
try:
    next(steps)
except StopIteration as e:
    print("coroutine returned", e.value)

steps = add(3, 4).__await__()
try:
    steps.__next__()
except StopIteration as e:
    print("via __next__", e.value)
try:
    next(steps)
except RuntimeError as e:
    print("RuntimeError:", e)

coro = add(5, 6)
print(hasattr(coro, "__next__"), hasattr(coro, "send"))
try:
    coro.send(None)
except StopIteration as e:
    print("send gives", e.value)
