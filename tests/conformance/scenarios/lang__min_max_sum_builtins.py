# min() and max() take several arguments or one iterable, plus key= and default=; ties go
# to the first one seen. sum() adds numbers left to right from an optional start (so float
# rounding shows), and refuses strings. Notice each error message.
words = ["pear", "fig", "apple", "kiwi", "date"]
print(min(words), max(words), min(words, key=len), max(words, key=len), max(3, 7, 5), min(2.5, 2))
print(max([], default="empty"), min((), default=None), max("hello"), min([[2, 1], [1, 9]]), max(1, True))
print(max(words, key=lambda w: w[-1]), min(range(10), key=lambda n: (n - 4) ** 2))
print(sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([], 5))
print(sum([1.5, 2.25], 0.25), sum([[1], [2, 3]], []), sum(((1, 2), (3,)), ()), sum([True, True, 3]))
print(sum(x / 3 for x in range(3)), sum([10 ** 20, 1, -10 ** 20]), sum([1e100, 1.0, -1e100]))
for call in ("max([])", "min()", "max(1)", "sum(['a', 'b'], '')", "sum([1, 'a'])", "max([1, 'a'])", "min(1, 2, key=3)"):
    try:
        if call == "max([])":
            max([])
        elif call == "min()":
            min()
        elif call == "max(1)":
            max(1)
        elif call == "sum(['a', 'b'], '')":
            sum(["a", "b"], "")
        elif call == "sum([1, 'a'])":
            sum([1, "a"])
        elif call == "max([1, 'a'])":
            max([1, "a"])
        else:
            min(1, 2, key=3)
    except (ValueError, TypeError) as e:
        print(f"{call:22} -> {type(e).__name__}: {e}")
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
