# itertools builds lazy iterators: count and cycle never end (so take a slice with islice),
# chain joins iterables, accumulate keeps running totals, zip_longest pads the shorter.
# Notice nothing is computed until something consumes the iterator.
import asyncio
import itertools
import operator


async def main():
    ids = itertools.count(1)
    colors = itertools.cycle(["red", "green"])
    for _ in range(3):
        await asyncio.sleep(0.5)
        print("task", next(ids), next(colors))
    print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice("abcdefg", 1, 6, 2)))
    print(list(itertools.repeat("x", 3)), list(itertools.chain([1, 2], "ab", range(2))))
    print(list(itertools.chain.from_iterable([[1], [2, 3], []])))
    print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))
    print(list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
    print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
    print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
    print(list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
    print(list(itertools.pairwise("abcd")), [list(t) for t in itertools.tee([1, 2], 2)])
    print(list(itertools.filterfalse(str.isdigit, "a1b2")), repr(itertools.count(3)), repr(itertools.repeat(1, 2)))
    try:
        itertools.islice([1], -1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
