# Text files: write() returns the number of characters, 'a' appends, print(file=f) writes a
# line, and reading gives back exactly what was written. A file's first descriptor is 3
# (0-2 are the standard streams), and a closed descriptor's number is reused.
with open("notes.txt", "w") as f:
    print(f.fileno(), f.name, f.mode, f.encoding, f.closed)
    print(f.write("first line\n"))
    print("second", "line", sep="-", file=f)
print(f.closed)

with open("notes.txt", "a") as f:
    print(f.fileno(), f.tell())
    f.writelines(["third\n", "fourth\n"])

with open("notes.txt") as f:
    print(repr(f.read()))

with open("notes.txt", "w") as f:
    f.write("replaced")
with open("notes.txt") as f:
    print(f.read(3), f.read(), repr(f.read()))
