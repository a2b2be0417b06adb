# Small facts about built-in types a program can see: calling the function type with no
# code is CPython's TypeError, and a string's iterator is str_ascii_iterator when the string
# is ASCII, str_iterator otherwise (CPython has a faster one for ASCII).
def f(): pass
try:
    type(f)()
except TypeError as e:
    print(e)
it = iter("é"); print(type(it).__name__, type(iter("a")).__name__, list(it))
print([type(iter(s)).__name__ for s in ("", "abc", "naïve")])
