# pack_into writes into a bytearray (or a writable memoryview of one) at an offset,
# unpack_from reads at an offset (negative offsets count from the end); both say how large
# the buffer must be when it is too small.
import struct

buf = bytearray(12)
struct.pack_into("<HH", buf, 2, 0xAAAA, 0xBBBB)
struct.pack_into(">I", buf, -4, 0x01020304)
print(buf.hex(" "))
view = memoryview(buf)[6:]
struct.pack_into("<h", view, 0, -1)
print(buf.hex(" "))
print(struct.unpack_from("<HH", buf, 2), struct.unpack_from(">I", buf, offset=-4))
print(struct.unpack_from("<h", buf, 6), struct.unpack_from("4s", bytes(buf)))
for call in [
    lambda: struct.pack_into("<I", buf, 10, 1),
    lambda: struct.pack_into("<I", buf, -20, 1),
    lambda: struct.pack_into("<I", bytes(4), 0, 1),
    lambda: struct.unpack_from("<Q", buf, 8),
    lambda: struct.unpack_from("<Q", buf, -13),
    lambda: struct.pack_into("<I", buf),
]:
    try:
        call()
    except (struct.error, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
