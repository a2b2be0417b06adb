# Error messages name a type as CPython's tp_name does: a subclass of a built-in type by its
# own name ('Counter', 'Tags'), never its base's, and the library's classes that are C types
# in CPython with their module ('datetime.date', 'collections.OrderedDict', 're.Pattern').
from collections import Counter, defaultdict, UserDict
class Cents(int): pass
class Names(list): pass
class Tags(dict): pass
for thunk in [lambda: Counter('a') + 1, lambda: Tags() + 1, lambda: Tags() - Tags(), lambda: Cents(2) + "x",
              lambda: 1 + Tags(), lambda: Names([1]) + 5, lambda: Names([1]) - Names(), lambda: Cents(3) @ Cents(2),
              lambda: Tags() | 3, lambda: Counter() < 3, lambda: Cents(2) ** "a"]:
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError:", e)
print(Cents(2) + 3, Names([1]) + [2], Tags(a=1) | {"b": 2}, Counter("ab") + Counter("b"))

import re, functools
from datetime import date
for thunk in [lambda: date(2024, 1, 1) + 1, lambda: len(date(2024, 1, 1)), lambda: re.compile('a') + 1, lambda: functools.partial(print) + 1]:
    try:
        thunk()
    except TypeError as e:
        print(e)

import re, collections, functools, itertools, operator
print(type(re.compile("a")).__module__, type(re.match("a","a")).__module__, collections.deque.__module__, itertools.count.__module__, operator.itemgetter.__module__)
for t in [lambda: re.compile("a") + 1, lambda: re.match("a","a") + 1, lambda: collections.deque() + 1, lambda: collections.defaultdict() + 1, lambda: itertools.count() + 1, lambda: operator.itemgetter(1) + 1, lambda: len(functools.partial(print)), lambda: collections.deque() < 1]:
    try: t()
    except TypeError as e: print(e)

from collections import OrderedDict
for thunk in [lambda: Counter('a') + 1, lambda: OrderedDict() + 1]:
    try:
        thunk()
    except TypeError as e:
        print(e)
