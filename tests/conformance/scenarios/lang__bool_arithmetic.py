# bool is a subclass of int: True is 1 and False is 0 in arithmetic, as dict keys and in
# sums. `and`/`or` return one of their operands, not necessarily a bool.
# Notice that the dict ends up with one key for 1 and True.
print(True + True, True * 10, False - 1, True / 2, True // 2, -True, +False, abs(True))
print(sum([True, False, True, True]), isinstance(True, int), issubclass(bool, int))
print(True == 1, False == 0, True == 1 == 1.0, type(True + 0).__name__, True & False, True | 0)
print(True ^ True, ~False, True << 3, 5 * (3 > 2), "yes" * True + "no" * False)
d = {1: "int one", True: "bool true", 1.0: "float one", 0: "zero"}
print(d, len(d), d[True], d[False])
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0, [] and "x", "a" or 1 / 0)
print(not 0, not "x", not [], bool(None), bool(0.0), bool(" "), bool((0,)), bool({}))
print(str(True), repr(False), int(True), float(False), f"{True:d}", f"{True}", f"{True:>6}")
print(max(True, 0), min(False, -1), sorted([True, False, 2, -1]), round(True), divmod(True, 2))
flags = [n % 3 == 0 for n in range(10)]
print(flags.count(True), flags.index(True, 1), sum(flags), any(flags), all(flags))
print(True.__class__.__name__, bool.__name__, bool(1) is True, bool([1]) is True)
