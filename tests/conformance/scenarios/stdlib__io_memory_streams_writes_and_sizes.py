# StringIO and BytesIO as files in memory: writes at the end, over the middle and past the
# end (zero-filled), truncate, reads by size and line, what their size arguments accept,
# and a report of 30,000 lines printed into one.
import io
s = io.StringIO()
for w in ["ab", "cd\n", "", "ef"]:
    print(s.write(w), s.tell())
print(repr(s.getvalue()))
s.seek(1); s.write("XY"); print(repr(s.getvalue()), s.tell())
s.write("tail"); print(repr(s.getvalue()))
s.seek(0, 2); s.write("!"); print(repr(s.getvalue()))
s.seek(20); s.write("far"); print(repr(s.getvalue()))
s.truncate(5); print(repr(s.getvalue()), s.tell()); s.write("z"); print(repr(s.getvalue()))
s.seek(0); print(s.readline(), s.read(2), s.readlines())
b = io.BytesIO(b"start")
b.write(b"x"); print(b.getvalue(), b.tell())
b.seek(0, 2); b.write(bytearray(b"ba")); b.write(memoryview(b"mv")); print(b.getvalue())
b.seek(2); print(b.read(3), b.read(), b.read())
print(io.BytesIO(None).getvalue(), io.BytesIO(memoryview(b"q")).getvalue())
for bad in ("text", 5, [65]):
    try: io.BytesIO(bad)
    except TypeError as e: print("TypeError:", e)
t = io.StringIO("a\nb\nc\n")
print(t.readlines(1), t.readlines())
class I:
    def __index__(self): return 2
print(io.StringIO("abcdef").read(I()), io.BytesIO(b"abcdef").read(I()))
for f in (lambda: io.StringIO("ab").read("3"), lambda: io.StringIO("ab").readline(1.5),
          lambda: io.BytesIO(b"ab").readline("3"), lambda: io.StringIO("ab").readlines("x"),
          lambda: io.StringIO("ab").truncate("1"), lambda: io.BytesIO(b"abc").truncate(-1),
          lambda: io.StringIO("abc").truncate(-1), lambda: io.StringIO("ab", newline="").readline("x")):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
out = io.StringIO()
for i in range(30000):
    print(i, "row", sep=",", file=out)
print(len(out.getvalue()), out.getvalue()[-12:].split())
