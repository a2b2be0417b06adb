# struct.pack/unpack with each byte order: '<' little-endian, '>' and '!' big-endian
# (network order), '=' native order with standard sizes, '@' (the default) native sizes
# and alignment, which pads so each field starts at a multiple of its size.
import struct

for fmt in ("<HI", ">HI", "!HI", "=HI", "@HI", "HI"):
    data = struct.pack(fmt, 0x1234, 7)
    print(f"{fmt:4} size={struct.calcsize(fmt):2} {data.hex(' ')} {struct.unpack(fmt, data)}")
print(struct.calcsize("@bq"), struct.calcsize("=bq"), struct.calcsize("@qb"), struct.calcsize("@b0q"))
print(struct.calcsize("@l"), struct.calcsize("<l"), struct.calcsize("n"), struct.calcsize("P"))
print(struct.pack("<3h x 2b", 1, -2, 3, 4, -5))
print(struct.unpack(">i", b"\xff\xff\xff\xfe"), struct.unpack("<I", b"\xff\xff\xff\xfe"))
