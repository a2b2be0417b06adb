# A set of strings iterates in an order fixed by the strings' hashes. CPython randomizes
# str hashes per process unless PYTHONHASHSEED is set; Loopscope matches CPython 3.11 with
# PYTHONHASHSEED=0. Notice the set order differs from the insertion order.
# hashseed: 0
fruits = {"apple", "banana", "cherry", "date"}
print(fruits)
print(list({"x", "y", "z", "alpha", "beta", "gamma", "delta"}))
print(frozenset(["red", "green", "blue"]), {b"ab", b"cd", b"ef"})
words = set("the quick brown fox jumps over the lazy dog".split())
print(words, len(words))
print({"a": 1} | {"b": 2}, set("hello"), {("k", 1), ("j", 2)})
print(hash("") == 0, hash("abc") == hash("abc"), hash(b"abc") == hash("abc"))
