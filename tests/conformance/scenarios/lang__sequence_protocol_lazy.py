# The old sequence protocol (`__getitem__` without `__iter__`) is read one index at a time:
# an endless sequence works in a loop that breaks, and `reversed()` of a class with
# `__len__` and `__getitem__` asks for the last index first, when first iterated.
class Naturals:
    def __getitem__(self, i):
        print("get", i)
        return i


for n in Naturals():
    if n > 2:
        break
it = iter(Naturals())
print(type(it).__name__, next(it), next(it))


class Squares:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        print("square", i)
        if i >= 3:
            raise IndexError(i)
        return i * i


r = reversed(Squares())
print(type(r).__name__, "made")
print(list(r), list(r))
print(list(Squares()), 4 in Squares(), sorted(Squares()))


class Endless:
    # reversed() needs only the length: it never reaches past the end.
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return f"item{i}"


print(list(reversed(Endless())))


class FailsAtTwo:
    def __getitem__(self, i):
        if i == 2:
            raise ValueError("boom at 2")
        return i


it = iter(FailsAtTwo())
print(next(it), next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)
a, b, c = Squares()
print(a, b, c, *reversed(Squares()))


class Letters:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return "ab"[i]


print("".join(reversed(Letters())), list(enumerate(Letters())))


class Flaky:
    # An error other than IndexError: a forward iterator asks for the same index again, a
    # reversed one is over.
    calls = 0

    def __len__(self):
        return 3

    def __getitem__(self, i):
        Flaky.calls += 1
        if Flaky.calls == 2:
            raise ValueError(f"flaky at {i}")
        if i >= 3:
            raise IndexError(i)
        return i


for make in (iter, reversed):
    Flaky.calls = 0
    it = make(Flaky())
    print(make.__name__, next(it))
    try:
        next(it)
    except ValueError as e:
        print("ValueError:", e)
    print(list(it))
