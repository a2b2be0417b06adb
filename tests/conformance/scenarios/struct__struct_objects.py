# struct.Struct compiles a format once: .format, .size, and the same pack/unpack/pack_into/
# unpack_from/iter_unpack methods. iter_unpack walks a buffer record by record; the buffer
# must hold a whole number of records.
import struct

record = struct.Struct("<Ih")
print(record.format, record.size, struct.Struct(b">q").format)
data = record.pack(1, -1) + record.pack(2, -2) + record.pack(3, -3)
print(data.hex())
print(record.unpack(data[:6]), record.unpack_from(data, 6))
for n, delta in record.iter_unpack(data):
    print("record", n, delta)
print(list(struct.iter_unpack(">H", b"\x00\x01\x00\x02")))
it = record.iter_unpack(data)
print(type(it).__name__, next(it))
for call in [lambda: record.iter_unpack(data[:-1]), lambda: struct.iter_unpack("", b""),
             lambda: record.pack(1), lambda: struct.Struct(3)]:
    try:
        call()
    except (struct.error, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
