# bytearray is the mutable bytes: items and slices can be assigned, and it grows with
# append/extend/+=. A memoryview looks at the same memory without copying, so changes
# through it show in the bytearray. Notice which objects share memory and which copy.
buf = bytearray(b"hello")
buf[0] = ord("J")
buf += b" world"
buf.append(33)
buf.extend([32, 50])
print(buf, len(buf), buf[0], buf[-2:])
buf[6:11] = b"there"
del buf[-2:]
print(buf, buf.pop(), buf, buf.find(b"there"), buf.replace(b"e", b"E"))
frozen = bytes(buf)
view = memoryview(buf)
print(view, len(view), view[0], view.nbytes, view.readonly, view.format, view.itemsize)
view[0] = ord("h")
print(buf, frozen)
part = view[6:11]
print(part.tobytes(), bytes(part), part.tolist(), part.hex())
part[0:2] = b"TH"
print(buf)
ro = memoryview(b"abc")
print(ro.readonly, ro[1:].tobytes(), ro == b"abc", list(ro))
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
for bad in (lambda: buf.__setitem__(0, 300), lambda: view.__setitem__(0, b"xy"),
            lambda: bytearray(-1), lambda: buf.append("x")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
view.release()
try:
    view[0]
except ValueError as e:
    print("ValueError:", e)
print(bytearray(3), bytearray(b"ab") == b"ab", bytearray.fromhex("41 42"))
