# A program can make an exception's __context__ chain a cycle. Raising inside a handler then
# breaks only a chain leading back to the new exception (CPython walks the chain with
# Floyd's cycle detection), and printing or exiting with such an exception ends.
def keep_local():
    e = ValueError("kept")
    raise e

try:
    keep_local()
except ValueError:
    pass

a = ValueError("a")
a.__context__ = a
try:
    try:
        raise a
    except ValueError:
        raise KeyError("k")
except KeyError as k:
    print(repr(k.__context__), k.__context__.__context__ is a)

b, c = TypeError("b"), TypeError("c")
b.__context__, c.__context__ = c, b
try:
    try:
        raise b
    except TypeError:
        raise OSError("o")
except OSError as o:
    print(repr(o.__context__), repr(o.__context__.__context__), repr(c.__context__))

e = ValueError("y")
e.__context__ = e
raise e
