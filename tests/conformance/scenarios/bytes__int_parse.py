# int() reads bytes and bytearrays as ASCII digits, with the same rules as for str
# (signs, spaces, underscores, a base, prefixes with base 0): handy for numbers that arrive
# over a socket. A bad literal is reported with the bytes' repr, even for a bytearray.
print(int(b"42"), int(bytearray(b" -7 ")), int(b"ff", 16), int(b"0x1f", 0), int(b"1_000"))
for bad in (b"abc", bytearray(b"1.5"), b"\xff1", b""):
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int(b"12", 1)
except ValueError as e:
    print(e)
