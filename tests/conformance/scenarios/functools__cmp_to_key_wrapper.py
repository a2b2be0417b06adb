# functools.cmp_to_key turns an old-style comparison function into a key: it returns a
# KeyWrapper object, and calling that wraps each item so sorted/min/max compare them with
# the function. A wrapper only compares with another wrapper.
import functools


def by_length(a, b):
    return len(a) - len(b)


key = functools.cmp_to_key(by_length)
print(key, type(key).__name__, type(key(1)).__name__, key("ab").obj)
print(sorted(["ccc", "a", "bb"], key=key), max(["xy", "z"], key=key))
print(key("aa") == key("bb"), key("a") < key("bb"), key("ccc") >= key("c"))
try:
    key("a") < "b"
except TypeError as e:
    print("TypeError:", e)
