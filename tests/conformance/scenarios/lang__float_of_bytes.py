# float() of bytes and bytearray: the digits read as text; errors show the bytes.
print(float(b"1.5"), float(bytearray(b" 2 ")), float(b"1e3"))
for b in (b"x", bytearray(b"1..2"), b"\xff"):
    try:
        float(b)
    except ValueError as e:
        print(e)
