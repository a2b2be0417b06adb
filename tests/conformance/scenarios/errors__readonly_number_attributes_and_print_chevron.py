# Setting a number's read-only attributes names them as CPython's descriptors do, and Python 2's
# print >>stream gets CPython's hint.
import sys
for target, name in [(1, "real"), (True, "imag"), (2**80, "numerator"), (5, "denominator"), (1.5, "real"), (2.5, "imag"), (1, "bit_length"), (1.5, "hex"), ("s", "upper"), (1, "nope"), (1.5, "numerator"), (1j, "real")]:
    try:
        setattr(target, name, 5)
    except AttributeError as e:
        print(type(target).__name__, name, "->", e)
try:
    print >>sys.stderr, "hello"
except TypeError as e:
    print(e)
try:
    print >> 5
except TypeError as e:
    print(e)
try:
    len >> sys.stderr
except TypeError as e:
    print(e)
p = print
try:
    p >>= 3
except TypeError as e:
    print(e)
try:
    print << sys.stderr
except TypeError as e:
    print(e)
