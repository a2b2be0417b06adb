# hashseed: 0
# CPython folds tuples and set displays of constants, and its compiler keeps one object per
# equal constant in a module: `is` sees it, and a second display of the same set of constants
# iterates in the first one's order. A set with a name-like string is built once more when
# the code object interns its strings.
POINT = (1, 2)


def origin_offset():
    return (1, 2)


print(POINT is (1, 2), origin_offset() is POINT, ("a", (1, 2.0)) is ("a", (1, 2.0)))
print((1,) is (True,), (0.0,) is (-0.0,), () is (), (1, 2) == [1, 2])
print({"apple", "banana", "cherry", "kiwi"}, {"x", 1, "y_2", 3.5})
print({29, 21, 13, 5}, {13, 5, 29, 21}, {"hello world", "a-b", 3})
print(list({"b", "a", 3}), list(frozenset(("b", "a", 3))))
x = 3
print({"b", "a", x}, [v for v in {"b", "a", 3}])


def other_function():
    return {13, 21, 29, 5}


print(other_function())
for word in {"red", "green", "blue", "cyan"}:
    print(word, end=" ")
print()
