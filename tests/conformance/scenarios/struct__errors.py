# struct.error and the other errors pack/unpack raise, with CPython's messages: out of range
# integers (each code words it its own way), wrong types, wrong argument counts, bad formats,
# buffers of the wrong size; too large floats are OverflowError.
import struct

cases = [
    ("b", 200), ("B", -1), ("h", 40000), ("H", -1), ("i", 2**31), ("<I", 2**32),
    ("<I", -1), ("q", 2**63), ("Q", -1), ("i", "7"), ("i", 1.5), ("d", "x"),
    ("c", b"ab"), ("s", "text"), ("p", 3), ("<e", 1e6), ("<f", 1e300),
]
for fmt, value in cases:
    try:
        struct.pack(fmt, value)
    except (struct.error, OverflowError) as e:
        print(f"pack({fmt!r}, {value!r}): {type(e).__name__}: {e}")
for call in [
    lambda: struct.pack("ii", 1), lambda: struct.pack("i", 1, 2), lambda: struct.pack("z"),
    lambda: struct.pack("<n", 1), lambda: struct.calcsize("4"), lambda: struct.unpack("i", b"abc"),
    lambda: struct.unpack("i", "abcd"), lambda: struct.calcsize(4), lambda: struct.pack(),
]:
    try:
        call()
    except (struct.error, TypeError) as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")
print(struct.error.__mro__)
struct.unpack(">H", b"\x00")
