# Some code is valid but almost surely a mistake, and Python warns while compiling it,
# before the program runs: `is` with a literal (use ==), a forgotten comma that turns a
# tuple into a call or an index, an assert on a tuple that is always true.
count = 1000
if count is 1000:
    print("identity of equal ints is not guaranteed")
print(count == 1000, count is not None)
points = [(0, 0), (1, 2)]
try:
    points = [(0, 0) (1, 2)]
except TypeError as e:
    print("TypeError:", e)
try:
    print([10, 20, 30] [0, 1])
except TypeError as e:
    print("TypeError:", e)
try:
    assert (count == 0, "count must be zero")
    print("the assert passed")
except AssertionError:
    print("not reached")
print("done")
