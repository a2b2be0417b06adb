# Reading by lines: readline() (with a size limit), iteration, readlines() with a hint,
# and enumerate over a file, the usual way to number lines.
with open("poem.txt", "w") as f:
    f.write("roses are red\nviolets are blue\n\nthe end")

with open("poem.txt") as f:
    print(repr(f.readline()))
    print(repr(f.readline(4)), repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))

with open("poem.txt") as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip("\n"))

with open("poem.txt") as f:
    print(f.readlines())
with open("poem.txt") as f:
    print(f.readlines(5))
    print(next(f), list(f))

with open("poem.txt", "rb") as f:
    print(f.readline(), f.readlines())
print(sum(1 for _ in open("poem.txt")))
