# keyword.iskeyword is a frozenset's bound __contains__, as in CPython: a class that stores it
# does not bind it, and an unhashable argument is a TypeError.
import keyword
print(keyword.iskeyword("for"), keyword.iskeyword("x"), keyword.issoftkeyword("match"))
class X:
    isk = keyword.iskeyword
print(X().isk("if"), X.isk("nope"))
try:
    keyword.iskeyword([])
except TypeError as e:
    print(e)
print(type(keyword.iskeyword).__name__, keyword.iskeyword.__name__, keyword.iskeyword.__qualname__)
print(list(filter(keyword.iskeyword, ["def", "x", "None"])))
