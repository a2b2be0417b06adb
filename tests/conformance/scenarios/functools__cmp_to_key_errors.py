# cmp_to_key parses its one argument as CPython's C function does (mycmp positional or by
# keyword, its own messages for too many or missing arguments), and the key objects it
# makes are 'functools.KeyWrapper' instances: unhashable, without a __dict__, and
# comparable only with each other.
from functools import cmp_to_key


def by_length(a, b):
    return len(a) - len(b)


words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=cmp_to_key(by_length)))
print(sorted(words, key=cmp_to_key(mycmp=by_length), reverse=True))
print(max(words, key=cmp_to_key(by_length)), min(words, key=cmp_to_key(by_length)))

attempts = [
    ("no argument", lambda: cmp_to_key()),
    ("two positional", lambda: cmp_to_key(by_length, by_length)),
    ("positional and keyword", lambda: cmp_to_key(by_length, mycmp=by_length)),
    ("two keywords", lambda: cmp_to_key(mycmp=by_length, reverse=True)),
    ("wrong keyword", lambda: cmp_to_key(cmp=by_length)),
    ("hash a key", lambda: hash(cmp_to_key(by_length)("a"))),
    ("set of keys", lambda: {cmp_to_key(by_length)("a")}),
    ("attribute", lambda: cmp_to_key(by_length)("a").weight),
    ("compare with str", lambda: cmp_to_key(by_length)("a") < "b"),
]
for label, attempt in attempts:
    try:
        print(label, "->", attempt())
    except (TypeError, AttributeError) as e:
        print(label, "->", type(e).__name__, e)

key = cmp_to_key(by_length)
a, b = key("ab"), key("xy")
print(a == b, a < b, a <= b, a > key("x"), type(a).__name__, type(a).__module__)
print(type(a) is type(key), callable(key), hasattr(a, "__dict__"))
