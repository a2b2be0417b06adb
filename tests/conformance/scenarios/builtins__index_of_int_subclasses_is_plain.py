# Where CPython's C code reads an int argument (PyNumber_Index, PyLong_AsSsize_t), an
# IntEnum member or a bool stands for its plain int value.
import collections
import functools
import itertools
import operator
from enum import IntEnum


class Size(IntEnum):
    SMALL = 2
    LARGE = 5


class Weird(int):
    def __repr__(self):
        return "Weird(%d)" % int(self)


checks = [
    ("deque maxlen IntEnum", lambda: collections.deque("abcdef", maxlen=Size.SMALL)),
    ("deque maxlen bool", lambda: collections.deque("abc", maxlen=True)),
    ("deque maxlen int subclass", lambda: collections.deque("abcdefg", maxlen=Weird(3))),
    ("deque maxlen float", lambda: collections.deque("abc", maxlen=2.0)),
    ("deque maxlen negative", lambda: collections.deque("abc", maxlen=Weird(-1))),
    ("enumerate IntEnum", lambda: list(enumerate("ab", Size.LARGE))),
    ("enumerate bool", lambda: list(enumerate("ab", True))),
    ("enumerate keyword", lambda: list(enumerate("ab", start=Weird(7)))),
    ("enumerate float", lambda: list(enumerate("ab", 1.5))),
    ("enumerate None", lambda: list(enumerate("ab", None))),
    ("count IntEnum", lambda: list(itertools.islice(itertools.count(Size.SMALL), 3))),
    ("count bool", lambda: list(itertools.islice(itertools.count(True), 3))),
    ("count IntEnum step 2", lambda: list(itertools.islice(itertools.count(Size.SMALL, 2), 3))),
    ("count str", lambda: itertools.count("a")),
    ("operator.index IntEnum", lambda: operator.index(Size.LARGE)),
    ("operator.index bool", lambda: operator.index(False)),
    ("operator.index subclass", lambda: operator.index(Weird(9))),
    ("operator.index float", lambda: operator.index(1.0)),
    ("lru_cache maxsize IntEnum", lambda: functools.lru_cache(maxsize=Size.SMALL)(abs).cache_info()),
    ("lru_cache maxsize True", lambda: functools.lru_cache(maxsize=True)(abs).cache_info()),
    ("lru_cache negative", lambda: functools.lru_cache(maxsize=-4)(abs).cache_info()),
    ("lru_cache not callable", lambda: functools.lru_cache(5)(5)),
    ("lru_cache bad maxsize", lambda: functools.lru_cache("big")),
]
for label, check in checks:
    try:
        result = check()
        print(label, "->", repr(result), type(result).__name__)
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)

# The plain int the deque keeps as its maxlen.
d = collections.deque(maxlen=Size.LARGE)
print(repr(d.maxlen), type(d.maxlen).__name__)
cached = functools.lru_cache(maxsize=Size.SMALL)(lambda n: n * n)
for n in (1, 2, 1, 3, 1):
    cached(n)
print(cached.cache_info(), type(cached.cache_info().maxsize).__name__)
