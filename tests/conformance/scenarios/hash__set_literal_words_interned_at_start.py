# A set display of three or more string constants is folded into a frozenset when the
# program is compiled, and CPython rebuilds that frozenset when it interns the strings: a
# word the interpreter had already interned at start-up ("date", "name", "data") is
# replaced by the interned copy. Rebuilding the table can change the order in which the
# set prints: here the literal prints in the order set([...]) of the same words gives,
# not in the order the folded table first had. The order is a CPython detail: sort when
# order matters.
# hashseed: 0
fruits = {"cherry", "date", "elder", "fig"}
same_words = set(["cherry", "date", "elder", "fig"])
print(fruits)
print(same_words)
print(fruits == same_words, sorted(fruits) == sorted(same_words))

fields = {"name", "data", "value", "key", "item"}
print(fields)
for word in {"alpha", "date", "name", "zulu"}:
    print("loop over a constant set:", word)

colours = {"red", "green", "blue", "black", "white", "purple"}
print(colours - {"red", "green"})
print([w for w in {"info", "debug", "warning", "error"}])
