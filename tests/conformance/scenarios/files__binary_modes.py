# Binary files: bytes in and out, read(n), tell/seek on the buffered stream, and the
# unbuffered raw FileIO that buffering=0 gives.
with open("data.bin", "wb") as f:
    print(type(f).__name__, f.write(bytes(range(10))), f.tell())
    f.write(b"\x00\xff")

with open("data.bin", "rb") as f:
    print(f.read(4), f.tell())
    f.seek(-2, 2)
    print(f.read(), f.tell())
    f.seek(1)
    print(f.read(3), f.read1(2), f.peek(1)[:1])
    print(f.readinto(bytearray(5)))

raw = open("data.bin", "rb", buffering=0)
print(type(raw).__name__, raw.mode, raw.closefd, raw.read(3), raw.readall()[-3:])
raw.close()

with open("data.bin", "ab") as f:
    f.write(bytearray(b"tail"))
with open("data.bin", "rb") as f:
    data = f.read()
print(len(data), data[-6:])
try:
    open("data.bin", "wb").write("text")
except TypeError as e:
    print("TypeError:", e)
