# itertools' constructors bind their arguments as CPython's C parser does: too many
# arguments, unknown or duplicated keywords and missing required ones each get its words.
import itertools as it

calls = [
    ("repeat", lambda: it.repeat(1, 2, 3)),
    ("repeat kw", lambda: it.repeat(object=7, times=2)),
    ("repeat bad kw", lambda: it.repeat(1, count=2)),
    ("repeat none", lambda: it.repeat()),
    ("count", lambda: it.count(1, 2, 3)),
    ("count kw", lambda: it.count(start=5, step=-1)),
    ("count bad kw", lambda: it.count(begin=1)),
    ("count twice", lambda: it.count(1, start=2)),
    ("compress", lambda: it.compress("ab", [1], [1])),
    ("compress kw", lambda: it.compress(data="abc", selectors=[1, 0, 1])),
    ("compress missing", lambda: it.compress("abc", mask=[1])),
    ("combinations", lambda: it.combinations("ab", 1, 1)),
    ("combinations missing", lambda: it.combinations("abc", n=2)),
    ("combinations kw", lambda: it.combinations(iterable="abc", r=2)),
    ("cwr", lambda: it.combinations_with_replacement("ab", 1, 1)),
    ("permutations", lambda: it.permutations("ab", 1, 1)),
    ("permutations kw", lambda: it.permutations("abc", r=2)),
    ("accumulate", lambda: it.accumulate([1], None, None, 1)),
    ("accumulate initial", lambda: it.accumulate([1, 2], initial=10)),
    ("accumulate bad kw", lambda: it.accumulate([1, 2], start=10)),
    ("groupby", lambda: it.groupby("aab", None, 1)),
    ("groupby bad kw", lambda: it.groupby("aab", keyfunc=len)),
    ("product bad kw", lambda: it.product("ab", times=2)),
]
for label, call in calls:
    try:
        result = call()
        print(label, "->", list(it.islice(result, 6)))
    except TypeError as e:
        print(label, "!", e)
