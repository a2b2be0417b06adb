# Every common format code: integers of each size, signed and unsigned, bool, char, bytes
# ('s' pads or truncates, 'p' is a Pascal string with its length first), pad bytes and the
# three float sizes (e is IEEE half precision: note the rounding).
import struct

ints = "bBhHiIlLqQnN"
values = [-128, 255, -32768, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1, -1, 2**64 - 1, -7, 7]
packed = struct.pack("<" + ints.replace("n", "q").replace("N", "Q"), *values)
print(len(packed), struct.unpack("<" + ints.replace("n", "q").replace("N", "Q"), packed))
print(struct.unpack("@" + ints, struct.pack("@" + ints, *values)) == tuple(values))
print(struct.pack("?c", [], b"z"), struct.unpack("??", b"\x00\x07"))
print(struct.pack("5s3s0s", b"ab", b"abcdef", b"xyz"))
print(struct.pack("4p", b"abcdef"), struct.unpack("4p", b"\x09abc"))
print(struct.pack("<2xbx", 1))
for code in "efd":
    data = struct.pack("<" + code, 0.1)
    print(code, data.hex(), struct.unpack("<" + code, data))
print(struct.unpack("<3e", struct.pack("<3e", 65504, -0.0, 1e-7)))
print(struct.pack(">e", float("inf")), struct.unpack(">e", b"\x7c\x00"))
print(struct.pack("<i", True), struct.pack("<d", 3))
