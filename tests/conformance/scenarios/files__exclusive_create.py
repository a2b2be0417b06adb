# Mode 'x' creates a file and fails with FileExistsError if it is there; 'w' truncates it.
with open("once.txt", "x") as f:
    f.write("made once\n")
try:
    open("once.txt", "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
with open("once.txt", "w") as f:
    pass
print(repr(open("once.txt").read()))
with open("new.bin", "xb") as f:
    print(f, f.raw)
