# '+' modes read and write one file (a BufferedRandom underneath): r+ overwrites in place,
# w+ truncates first, a+ always writes at the end. seek() moves, tell() says where.
with open("f.txt", "w") as f:
    f.write("0123456789\n")

with open("f.txt", "r+") as f:
    print(type(f.buffer).__name__, f.buffer.mode)
    f.seek(3)
    f.write("abc")
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))

with open("f.txt", "w+") as f:
    f.write("fresh\n")
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.readline()))
    print(f.truncate(2), f.tell())

with open("f.txt", "a+") as f:
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.write("END")
    f.seek(0)
    print(repr(f.read()))

with open("b.bin", "wb+") as b:
    b.write(b"abcdef")
    b.seek(2)
    print(b.read(2), b.tell())
    b.write(b"XY")
    b.seek(0)
    print(b.read(), b.seek(0, 2))
