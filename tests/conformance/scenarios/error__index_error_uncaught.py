# Indexing past the end of a list, tuple, string or range raises IndexError; negative
# indices count from the end but can also run off the front. Slicing never raises.
# The classic off-by-one at the end is not caught.
letters = ["a", "b", "c"]
print(letters[-3], letters[2], letters[1:10], "abc"[5:], range(3)[-1])
for container in (letters, ("x",), "hi", range(2)):
    try:
        container[len(container)]
    except IndexError as e:
        print(type(container).__name__, "->", e)
try:
    letters[-4]
except IndexError as e:
    print("negative ->", e)
for i in range(len(letters) + 1):
    print(i, letters[i])
