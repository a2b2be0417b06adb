# Comparisons chain: `a < b < c` means `a < b and b < c`, with `b` evaluated only once and
# evaluation stopping at the first false link. Sequences compare element by element.
# Notice which calls print for each chain, and the TypeError for mixed types.
def v(x):
    print(f"  eval {x}")
    return x


print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 1 < 3 > 2, 2 != 3 != 2)
print("chain:", v(1) < v(2) < v(3))
print("short:", v(5) < v(1) < v(3))
print("mixed:", v(1) == v(1) != v(2) is not None)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (2,) > (1, 9, 9), [] < [0], (1, "a") < (1, "b"))
print("abc" < "abd", "Z" < "a", "apple" < "apples", "" < "a", "é" > "z")
print([1, 2] == (1, 2), [1, [2, 3]] == [1, [2, 3]], {1: "a"} == {1: "a"}, {1, 2} == {2, 1})
print(None == 0, None is None, None != False, 0 == False, "" == False, [] == [])
x = 5
print(0 <= x < 10, 0 <= x < 5, x in (1, 5) and x not in [2], not x > 3)
print(1 < 2 == 2 < 3, (1 < 2) == 2, 3 == 3.0 > 2.5, 1 if False else "skipped")
try:
    print(1 < "2")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1, 2] < [1, "x"])
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print({1} < [1], (1,) <= [1])
except TypeError as e:
    print("TypeError:", e)
print(max([3, 1], [2, 9]), min("b", "ab"), sorted([(1, "b"), (1, "a"), (0, "z")]))
