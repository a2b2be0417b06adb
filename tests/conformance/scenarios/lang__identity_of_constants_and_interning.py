# `is` between strings: equal string constants of one module are one object (CPython merges
# a compilation's constants and interns those made of name characters), `sys.intern` returns
# the one interned string, and strings built at run time are new objects.
import sys

GREETING = "hello"
SENTENCE = "hello world"


def greeting():
    return "hello"


def sentence():
    return "hello world"


built = "".join(["hel", "lo"])
print(greeting() is GREETING, sentence() is SENTENCE, built is GREETING, built == GREETING)
print(sys.intern(built) is GREETING, sys.intern("hello world!") is sys.intern("hello world!"))
a = sys.intern("".join(["x", "y", "z"]))
b = sys.intern("".join(["x", "y", "z"]))
print(a is b, a is "".join(["x", "y", "z"]))
try:
    sys.intern(b"bytes")
except TypeError as e:
    print("TypeError:", e)
