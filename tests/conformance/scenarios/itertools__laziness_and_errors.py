# itertools iterators pull from their source only when asked: islice consumes exactly up
# to its stop, takewhile consumes the first failing item too, tee buffers for the slower
# copy. Notice what is left in the source afterwards, the reprs, and the argument errors.
import itertools


def numbers():
    for n in range(1, 8):
        print("  produce", n)
        yield n


src = numbers()
print(list(itertools.islice(src, 1, 5, 2)), "then", next(src))
src = numbers()
print(list(itertools.takewhile(lambda n: n < 3, src)), "then", next(src))
a, b = itertools.tee(numbers())
print(next(a), next(a), next(b), list(zip(a, b)))
counter = itertools.count(2.5, 0.5)
print(next(counter), next(counter), counter, itertools.count(), itertools.count(-1, -2))
print(itertools.repeat("x"), itertools.repeat(None, 0), list(itertools.repeat(7, -3)))
groups = itertools.groupby([1, 1, 2, 2, 2, 1])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [(k, len(list(g))) for k, g in groups])
print(list(itertools.accumulate([], initial=0)), list(itertools.accumulate("abc")))
print(list(itertools.product([1, 2], repeat=2)), list(itertools.combinations_with_replacement([1, 2], 3)))
print(len(list(itertools.permutations(range(5), 3))), list(itertools.permutations("ab", 3)))
print(list(itertools.zip_longest("abc", "d")), list(itertools.compress(range(5), [1, 0, 1])))
print(type(itertools.chain()), type(groups).__name__, isinstance(counter, itertools.count))
for bad in (lambda: itertools.count("a"), lambda: itertools.islice([], -1), lambda: itertools.islice([], 0, 5, 0),
            lambda: itertools.permutations([1], -1), lambda: itertools.combinations([1]),
            lambda: itertools.product([1], repeat=-1), lambda: itertools.tee([], -1),
            lambda: list(itertools.chain(1)), lambda: list(itertools.starmap(pow, [1])),
            lambda: itertools.cycle(), lambda: itertools.zip_longest([], fill=0)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
