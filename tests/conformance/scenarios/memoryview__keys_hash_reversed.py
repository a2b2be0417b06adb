# memoryview as a sequence and as a key: reversed() walks it from the end, a read-only view
# hashes as its bytes while a writable one cannot be hashed, deletion is refused, tuple and
# huge-int keys get CPython's messages, tobytes() takes an order.
view = memoryview(b"\x01\x02\x03")
print(list(reversed(view)), bytes(reversed(memoryview(bytearray(b"abc")))))
print(hash(memoryview(b"ab")) == hash(b"ab"), {memoryview(b"k"): 1}[b"k"])
writable = memoryview(bytearray(b"abcd"))


def attempt(label, call):
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


def delete_first():
    del writable[0]


attempt("hash writable", lambda: hash(writable))
attempt("dict key writable", lambda: {writable: 1})
attempt("del item", delete_first)
attempt("tuple key", lambda: writable[0, 1])
attempt("one-tuple key", lambda: writable[(2,)])
attempt("empty tuple key", lambda: writable[()])
attempt("tuple of slices", lambda: writable[0:1, 1:2])
attempt("huge index", lambda: writable[2**70])
attempt("tobytes C", lambda: writable.tobytes("C"))
attempt("tobytes A", lambda: writable.tobytes(order="A"))
attempt("tobytes None", lambda: writable.tobytes(None))
attempt("tobytes Z", lambda: writable.tobytes(order="Z"))
attempt("tobytes int", lambda: writable.tobytes(1))
released = memoryview(b"xy")
released.release()
attempt("hash released", lambda: hash(released))
attempt("reversed released", lambda: list(reversed(released)))
