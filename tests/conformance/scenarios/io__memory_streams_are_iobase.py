# StringIO and BytesIO are io.IOBase streams (TextIOBase and BufferedIOBase): isinstance
# checks, fileno() unsupported, readlines with and without a hint, iteration, and the
# closed-stream errors.
import io

for make, data in ((io.StringIO, "a\nbb\nccc\n"), (io.BytesIO, b"a\nbb\nccc\n")):
    s = make(data)
    print(make.__name__, isinstance(s, io.IOBase), isinstance(s, io.TextIOBase),
          isinstance(s, io.BufferedIOBase), isinstance(s, io.RawIOBase))
    try:
        s.fileno()
    except io.UnsupportedOperation as exc:
        print("  UnsupportedOperation:", exc, isinstance(exc, OSError), isinstance(exc, ValueError))
    print("  ", s.readlines(2), s.readlines(None), s.readlines())
    s.seek(0)
    print("  ", [line for line in s], s.readable(), s.writable(), s.seekable())
    s.seek(0)
    print("  ", list(s), s.tell())
    with s:
        print("  closed inside:", s.closed)
    print("  closed after:", s.closed)
    for op in ("read", "readlines", "getvalue", "tell"):
        try:
            getattr(s, op)()
        except ValueError as exc:
            print("  ", op, "ValueError:", exc)

r = io.BufferedReader(io.BytesIO(b"one\ntwo\nthree\n"))
print(isinstance(r, io.BufferedIOBase), r.readlines(4), r.readlines())
