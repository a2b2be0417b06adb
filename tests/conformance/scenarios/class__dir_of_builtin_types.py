# dir() of built-in types and of their values, as introspection tutorials print it.
print([m for m in dir(str) if not m.startswith("_")][:8])
print([m for m in dir([]) if not m.startswith("_")])
print(dir(str) == dir("x"), len(dir(int)), len(dir(dict)), len(dir(object)), len(dir(type)))
print([n for n in dir({}.items()) if not n.startswith("__")], dir(None)[:2])
for value in (1.5, (1,), {1}, frozenset(), b"", bytearray(b"x"), range(2), slice(2), len):
    print(type(value).__name__, [n for n in dir(value) if not n.startswith("_")])


def tagged():
    pass


tagged.tag = "x"
print(dir(tagged)[-3:], "__call__" in dir(tagged))
print([n for n in dir(enumerate("ab")) if not n.startswith("__")], dir(iter([]))[-4:])
