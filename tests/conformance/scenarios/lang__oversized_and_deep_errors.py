# Errors a runaway or mistaken program meets, with CPython's types and messages: a repeat
# longer than an index can say (str and bytes: OverflowError; list, tuple, bytearray:
# MemoryError), str()'s argument checks, and pickling or str() of objects nested a hundred
# thousand deep (RecursionError with the work it was doing).
import pickle

for what, make in [
    ("str", lambda: "ab" * 2**62),
    ("bytes", lambda: b"ab" * 2**62),
    ("list", lambda: [1, 2] * 2**62),
    ("tuple", lambda: (1, 2) * 2**62),
    ("bytearray", lambda: bytearray(b"ab") * 2**62),
    ("str x 0", lambda: "ab" * 0),
]:
    try:
        print(what, repr(make()))
    except (OverflowError, MemoryError) as e:
        print(what, "->", type(e).__name__, e)

for args in [(1, 2), (b"x", 2), (b"x", "utf-8", 3), (1, "utf-8"), (b"caf\xc3\xa9", "utf-8")]:
    try:
        print(repr(str(*args)))
    except TypeError as e:
        print("TypeError:", e)

nested = []
for _ in range(100_000):
    nested = [nested]
try:
    pickle.dumps(nested)
except RecursionError as e:
    print("pickle ->", e)
print(len(pickle.dumps([[[1, 2], {"a": (3,)}]])) > 0)

error = ValueError("innermost")
for _ in range(100_000):
    error = ValueError(error)
try:
    str(error)
except RecursionError as e:
    print("str ->", e)
print(str(ValueError(KeyError("k"))))
