# The iteration helpers: enumerate (with start), zip (shortest wins unless strict=True),
# map with several iterables, filter with None (keeps truthy items), reversed, any/all with
# short-circuit, and iter/next. Notice which items any() and all() actually look at.
names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, start=1)), list(enumerate("ab", -1)))
print(list(zip(names, [1, 2, 3, 4])), list(zip()), list(zip("ab")), dict(zip(names, range(3))))
print(list(zip(*[(1, "a"), (2, "b")])), list(zip(names, names[1:])))
print(list(map(pow, [2, 3], [5, 2])), list(map(str.upper, names)), list(map(len, names)))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b22")))
print(list(reversed(names)), list(reversed(range(4))), list(reversed("abc")), "".join(reversed("stressed")))
def noisy(value):
    print(f"  checking {value}")
    return value
print(any(noisy(v) for v in [0, 3, 5]), all(noisy(v) for v in [1, 0, 2]))
print(any([]), all([]), any([[]]), all([[0]]), any("0"), all(""))
it = iter(names)
print(next(it), next(it), next(it), next(it, "end"))
e = enumerate("xy")
print(next(e), list(e), list(e))
z = zip([1, 2, 3], "ab")
print(list(z), type(z).__name__, type(map(len, [])).__name__, type(filter(None, [])).__name__)
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(None, [1]))
except TypeError as e:
    print("TypeError:", e)
