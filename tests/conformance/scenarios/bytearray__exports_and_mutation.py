# A bytearray changes in place: insert, pop, remove, reverse, slice assignment of any size,
# del of items and slices, and *=. While a memoryview of it exists it cannot change size
# (BufferError), though its bytes can still change; release() lifts that. Notice which
# operations are refused while the view is alive.
buf = bytearray(b"hello")
buf.insert(0, ord(">"))
buf[1:3] = b"HEEE"
del buf[2:4]
buf.reverse()
print(buf, buf.pop(0), buf.pop(), buf.remove(ord("E")) or buf)
buf *= 2
buf[::2] = b"abc"
print(buf, len(buf), buf.count(b"E"), bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"))
view = memoryview(buf)
for name, change in [("append", lambda: buf.append(1)), ("extend", lambda: buf.extend(b"xy")),
                     ("+=", lambda: buf.__iadd__(b"z")), ("slice", lambda: buf.__setitem__(slice(0, 1), b"")),
                     ("clear", buf.clear), ("pop", buf.pop)]:
    try:
        change()
        print(name, "allowed")
    except BufferError as e:
        print(name, "BufferError:", e)
buf[0] = ord("Z")
buf[1:3] = b"YX"
print(view.tobytes(), view[0], view[-1], view[::3].tolist())
view.release()
buf.extend(b"!!")
print(buf, repr(view)[:16], memoryview(b"abc") == bytearray(b"abc"), bytearray(b"b") > b"a")
for bad in (lambda: buf.insert(0, 256), lambda: buf.remove(0), lambda: bytearray().pop(),
            lambda: buf.__setitem__(slice(0, 4, 2), b"x"), lambda: buf.__setitem__(0, b"x"),
            lambda: buf.__setitem__(slice(0, 1), 5), lambda: hash(buf), lambda: bytearray(2.5)):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
