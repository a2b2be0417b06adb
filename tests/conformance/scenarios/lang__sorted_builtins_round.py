# Built-in functions for collections and numbers. sorted() is stable and takes key= and
# reverse=. round() rounds halves to even and works on the exact binary value.
# Notice round(2.5) == 2 and round(0.125, 2) == 0.12.
words = ["pear", "Fig", "apple", "kiwi", "banana"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower(), reverse=True))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "y")], key=lambda p: p[0]))
print(list(enumerate(words, start=1))[:2], list(zip(words, range(3))))
print(min(words), max(words, key=len), min(4, 2, 8), max([1.5, -2]), sum([0.5, 1.25], 10))
print(abs(-3), abs(-2.5), round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(2.675, 2))
print(round(1234.5678, -2), round(7.0), round(1.23456, 3), round(5))
print(any([0, "", None]), all([1, "x"]), all([]), list(reversed([1, 2, 3])))
print(list(map(lambda c: c.upper(), ["a", "b"])), list(filter(lambda n: n % 3 == 0, range(10))))
print(list(range(10, 0, -3)), len(range(0, 100, 7)), isinstance(3, int), type(2.0).__name__)
print(bool(""), bool("0"), bool([]), int(True), str(None), list("abc"), tuple([1, 2]))
